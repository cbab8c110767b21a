/**
 * How to fix the yaml package's syntax errors, in an instructor's terms. Keyed by the package's
 * error codes; the package's own message comes first. Another language words the package's
 * message by its code (`diagnostics.yaml.<code>`), since the package speaks English only.
 */
import { joined, said, type Said } from './said.ts';

const HINTS: Readonly<Record<string, Said>> = {
  BLOCK_AS_IMPLICIT_KEY: said('hint.quoteColon', "; a ': ' inside a text starts a new key; put the whole text in quotes"),
  MULTILINE_IMPLICIT_KEY: said('hint.quoteColon', "; a ': ' inside a text starts a new key; put the whole text in quotes"),
  BAD_INDENT: said('hint.indentOrBracket', '; check the indentation and that every [ or { is closed'),
  TAB_AS_INDENT: said('hint.spaces', '; indent with spaces'),
  BAD_SCALAR_START: said('hint.quoteText', '; put the text in quotes'),
  MISSING_CHAR: said('hint.closeQuote', '; close the quote or bracket'),
  BAD_DQ_ESCAPE: said('hint.backslash', '; inside double quotes write \\\\ for a backslash, or use single quotes'),
  UNEXPECTED_TOKEN: said('hint.indentOrQuote', '; check the indentation; put texts with : # [ ] { } , in quotes'),
};

/** The yaml package's message, its first line without the position it repeats. */
export function parserMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The package's message for `code`, worded in another language by that code. */
export function yamlSaid(code: string, message: string): Said {
  return said(`yaml.${code}`, parserMessage(message), { message: parserMessage(message) });
}

export function syntaxMessage(code: string, message: string): Said {
  return joined(yamlSaid(code, message), HINTS[code] ?? null);
}
