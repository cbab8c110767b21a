/**
 * How to fix the yaml package's syntax errors, in an instructor's terms. Keyed by the package's
 * error codes; the package's own message comes first.
 */
const HINTS: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: "a ': ' inside a text starts a new key; put the whole text in quotes",
  MULTILINE_IMPLICIT_KEY: "a ': ' inside a text starts a new key; put the whole text in quotes",
  BAD_INDENT: 'check the indentation and that every [ or { is closed',
  TAB_AS_INDENT: 'indent with spaces',
  BAD_SCALAR_START: 'put the text in quotes',
  MISSING_CHAR: 'close the quote or bracket',
  BAD_DQ_ESCAPE: 'inside double quotes write \\\\ for a backslash, or use single quotes',
  UNEXPECTED_TOKEN: 'check the indentation; put texts with : # [ ] { } , in quotes',
};

export function syntaxMessage(code: string, message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  const hint = HINTS[code];
  return hint === undefined ? first : `${first}; ${hint}`;
}
