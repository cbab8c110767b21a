/**
 * The schema's checks on one value, without walking into it: its const, type and enum, and the
 * bounds of a string or a number. Each gives at most one issue, worded for the author.
 */
import type { JsonSchema } from './json-schema.ts';
import type { Path } from './path.ts';
import type { Target } from './report.ts';
import { curlyQuoteHint, textValueHint } from './fix-hints.ts';
import { didYouMean } from './suggest.ts';
import { accepts, clip, compiled, lowerFirst, TYPE_WORDS, typeOf } from './schema-values.ts';

/** A structural problem, positioned later (only the ones that are reported). */
export interface Issue {
  readonly code: string;
  readonly message: string;
  readonly path: Path;
  readonly target: Target;
}

const at = (code: string, message: string, path: Path): Issue => ({ code, message, path, target: 'value' });

/** The value's const, type and enum; a value that fails one is not looked into further. */
export function valueIssue(value: unknown, schema: JsonSchema, path: Path, key: string): Issue | null {
  if (schema.const !== undefined && value !== schema.const) {
    // `format: "1"` is the text 1, not the number: say so rather than "must be 1".
    const quoted = typeof value === 'string' && value === String(schema.const);
    const message = quoted
      ? `${key} must be the number ${String(schema.const)}, not ${typeOf(value)}: remove the quotes`
      : `${key} must be ${String(schema.const)}`;
    return at('CR204', message, path);
  }
  if (!accepts(schema.type, value)) {
    const want =
      schema.type === undefined
        ? 'a value'
        : schema.type === 'integer' && Number.isInteger(value)
          ? 'a whole number between -(2^53 - 1) and 2^53 - 1, where adding 1 still counts'
          : TYPE_WORDS[schema.type];
    return at('CR201', `${key} should be ${want}, not ${typeOf(value)}${textValueHint(value)}`, path);
  }
  if (schema.enum !== undefined && !schema.enum.includes(value as string)) {
    const words = schema.enum.map(String);
    const hint = typeof value === 'string' ? didYouMean(value, words) : '';
    return at('CR204', `'${String(value)}' is not a valid ${key}; use one of: ${words.join(', ')}${hint}`, path);
  }
  return null;
}

export function stringIssue(value: string, schema: JsonSchema, path: Path, key: string): Issue | null {
  if (schema.minLength !== undefined && value.trim().length < schema.minLength) return at('CR205', `${key} is empty`, path);
  if (schema.pattern !== undefined && !compiled(schema.pattern).test(value)) {
    const what = schema.description === undefined ? `a valid ${key} (${schema.pattern})` : lowerFirst(schema.description);
    return at('CR205', `${key}: '${clip(value)}' is not ${what}${curlyQuoteHint(value)}`, path);
  }
  return null;
}

export function numberIssue(value: number, schema: JsonSchema, path: Path, key: string): Issue | null {
  if (schema.minimum !== undefined && value < schema.minimum) return at('CR206', `${key} must be at least ${schema.minimum}, not ${value}`, path);
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    return at('CR206', `${key} must be more than ${schema.exclusiveMinimum}, not ${value}`, path);
  }
  if (schema.maximum !== undefined && value > schema.maximum) return at('CR206', `${key} must be at most ${schema.maximum}, not ${value}`, path);
  return null;
}
