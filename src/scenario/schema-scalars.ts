/**
 * The schema's checks on one value, without walking into it: its const, type and enum, and the
 * bounds of a string or a number. Each gives at most one issue, worded for the author.
 */
import type { JsonSchema } from './json-schema.ts';
import type { Path } from './path.ts';
import type { Target } from './report.ts';
import { curlyQuoteHint, textValueHint } from './fix-hints.ts';
import { didYouMean } from './suggest.ts';
import { accepts, asValue, clip, compiled, described, TYPE_WORDS, typeOf } from './schema-values.ts';
import { joined, said, type Said } from './said.ts';

/** A structural problem, positioned later (only the ones that are reported). */
export interface Issue {
  readonly code: string;
  readonly message: Said;
  readonly path: Path;
  readonly target: Target;
}

const at = (code: string, message: Said, path: Path): Issue => ({ code, message, path, target: 'value' });

/** The value's const, type and enum; a value that fails one is not looked into further. */
export function valueIssue(value: unknown, schema: JsonSchema, path: Path, key: string): Issue | null {
  if (schema.const !== undefined && value !== schema.const) {
    // `format: "1"` is the text 1, not the number: say so rather than "must be 1".
    const quoted = typeof value === 'string' && value === String(schema.const);
    const expected = String(schema.const);
    const found = typeOf(value);
    const message = quoted
      ? said('CR204.quotedConst', `${key} must be the number ${expected}, not ${found.text}: remove the quotes`, { key, expected, found: asValue(found) })
      : said('CR204.const', `${key} must be ${expected}`, { key, expected });
    return at('CR204', message, path);
  }
  if (!accepts(schema.type, value)) {
    const want =
      schema.type === undefined
        ? said('want.value', 'a value')
        : schema.type === 'integer' && Number.isInteger(value)
          ? said('want.safeInteger', 'a whole number between -(2^53 - 1) and 2^53 - 1, where adding 1 still counts')
          : (TYPE_WORDS[schema.type] ?? said('want.value', 'a value'));
    const found = typeOf(value);
    return at(
      'CR201',
      joined(said('CR201', `${key} should be ${want.text}, not ${found.text}`, { key, want: asValue(want), found: asValue(found) }), textValueHint(value)),
      path,
    );
  }
  if (schema.enum !== undefined && !schema.enum.includes(value as string)) {
    const words = schema.enum.map(String);
    const hint = typeof value === 'string' ? didYouMean(value, words) : null;
    const given = String(value);
    const valid = words.join(', ');
    return at('CR204', joined(said('CR204.enum', `'${given}' is not a valid ${key}; use one of: ${valid}`, { given, key, valid }), hint), path);
  }
  return null;
}

export function stringIssue(value: string, schema: JsonSchema, path: Path, key: string): Issue | null {
  if (schema.minLength !== undefined && value.trim().length < schema.minLength) return at('CR205', said('CR205.empty', `${key} is empty`, { key }), path);
  if (schema.pattern !== undefined && !compiled(schema.pattern).test(value)) {
    const pattern = schema.pattern;
    const what = schema.description === undefined ? said('want.pattern', `a valid ${key} (${pattern})`, { key, pattern }) : described(schema.description);
    const given = clip(value);
    return at('CR205', joined(said('CR205', `${key}: '${given}' is not ${what.text}`, { key, given, want: asValue(what) }), curlyQuoteHint(value)), path);
  }
  return null;
}

export function numberIssue(value: number, schema: JsonSchema, path: Path, key: string): Issue | null {
  // Numbers as the file writes them (no grouping), so the message quotes what the author typed.
  const given = String(value);
  if (schema.minimum !== undefined && value < schema.minimum) {
    const bound = String(schema.minimum);
    return at('CR206', said('CR206.atLeast', `${key} must be at least ${bound}, not ${given}`, { key, bound, given }), path);
  }
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    const bound = String(schema.exclusiveMinimum);
    return at('CR206', said('CR206.moreThan', `${key} must be more than ${bound}, not ${given}`, { key, bound, given }), path);
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    const bound = String(schema.maximum);
    return at('CR206', said('CR206.atMost', `${key} must be at most ${bound}, not ${given}`, { key, bound, given }), path);
  }
  return null;
}
