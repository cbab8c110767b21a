import type { JsonSchema } from './json-schema.ts';
import type { Path } from './path.ts';
import type { Target } from './report.ts';
import { curlyQuoteHint, misplacedKeyHint, textValueHint } from './fix-hints.ts';
import { didYouMean } from './suggest.ts';
import {
  accepts,
  clip,
  compiled,
  lastKey,
  lowerFirst,
  TYPE_WORDS,
  typeOf,
} from './schema-values.ts';

/** A structural problem, positioned later (only the ones that are reported). */
export interface Issue {
  readonly code: string;
  readonly message: string;
  readonly path: Path;
  readonly target: Target;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

const QUOTE_HINT =
  '; if it belongs to the text before it, put that text in quotes (a comma inside { } ends a value)';

const NOUNS: Record<string, string> = {
  optionalInject: 'optional inject',
  flagChanges: 'set',
  factChanges: 'facts',
  // A conditional text is a text to the author; its map form is checked for languages like one.
  conditionalText: 'text',
  textCase: 'text variant',
};

/**
 * Validates a plain value against the format's JSON Schema and explains every failure in the
 * author's terms. Interprets only the keywords `JsonSchema` declares; the same schema is what
 * scenarios/schema.json publishes, so editor and loader cannot drift apart.
 */
export function validateSchema(value: unknown, root: JsonSchema, texts: TextSite[] = []): Issue[] {
  const issues: Issue[] = [];
  walk(value, root, { root, texts }, [], 'scenario', issues);
  return issues;
}

/** A text written as a language map, for the language checks. */
export interface TextSite {
  readonly path: Path;
  readonly value: Readonly<Record<string, unknown>>;
}

interface Ctx {
  readonly root: JsonSchema;
  readonly texts: TextSite[];
}

function resolveRef(schema: JsonSchema, cx: Ctx): { schema: JsonSchema; noun: string | null } {
  if (schema.$ref === undefined) return { schema, noun: null };
  const name = schema.$ref.replace('#/definitions/', '');
  const target = cx.root.definitions?.[name] ?? {};
  return { schema: target, noun: NOUNS[name] ?? name };
}

function walk(
  value: unknown,
  given: JsonSchema,
  cx: Ctx,
  path: Path,
  noun: string,
  issues: Issue[],
): void {
  const { schema, noun: refNoun } = resolveRef(given, cx);
  if (refNoun === 'text' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const stray = Object.keys(value).find((k) => !LANGUAGE.test(k));
    if (stray !== undefined) {
      const message = `this text was read as a mapping because of the ': ' after '${clip(stray)}'; put the whole text in quotes`;
      issues.push({ code: 'CR208', message, path, target: 'value' });
      return;
    }
    cx.texts.push({ path, value: value as Record<string, unknown> });
  }
  const here = refNoun ?? noun;
  const key = lastKey(path);
  if (schema.anyOf !== undefined) return walkAnyOf(value, schema, cx, path, here, issues);
  if (schema.const !== undefined && value !== schema.const) {
    // `format: "1"` is the text 1, not the number: say so rather than "must be 1".
    const quoted = typeof value === 'string' && value === String(schema.const);
    issues.push({
      code: 'CR204',
      message: quoted
        ? `${key} must be the number ${String(schema.const)}, not ${typeOf(value)}: remove the quotes`
        : `${key} must be ${String(schema.const)}`,
      path,
      target: 'value',
    });
    return;
  }
  if (!accepts(schema.type, value)) {
    const want =
      schema.type === undefined
        ? 'a value'
        : schema.type === 'integer' && Number.isInteger(value)
          ? 'a whole number between -(2^53 - 1) and 2^53 - 1, where adding 1 still counts'
          : TYPE_WORDS[schema.type];
    issues.push({
      code: 'CR201',
      message: `${key} should be ${want}, not ${typeOf(value)}${textValueHint(value)}`,
      path,
      target: 'value',
    });
    return;
  }
  if (schema.enum !== undefined && !schema.enum.includes(value as string)) {
    const words = schema.enum.map(String);
    const hint = typeof value === 'string' ? didYouMean(value, words) : '';
    issues.push({
      code: 'CR204',
      message: `'${String(value)}' is not a valid ${key}; use one of: ${words.join(', ')}${hint}`,
      path,
      target: 'value',
    });
    return;
  }
  if (typeof value === 'string') return walkString(value, schema, path, key, issues);
  if (typeof value === 'number') return walkNumber(value, schema, path, key, issues);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      issues.push({
        code: 'CR207',
        message:
          key === 'choices'
            ? 'a decision needs at least one choice'
            : `${key} needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`,
        path,
        target: 'value',
      });
    }
    if (schema.items !== undefined) {
      const itemNoun = key.endsWith('s') ? key.slice(0, -1) : key;
      value.forEach((item, i) =>
        walk(item, schema.items as JsonSchema, cx, [...path, i], itemNoun, issues),
      );
    }
    return;
  }
  if (typeof value === 'object' && value !== null)
    walkObject(value as Record<string, unknown>, schema, cx, path, here, issues);
}

function walkString(
  value: string,
  schema: JsonSchema,
  path: Path,
  key: string,
  issues: Issue[],
): void {
  if (schema.minLength !== undefined && value.trim().length < schema.minLength) {
    issues.push({ code: 'CR205', message: `${key} is empty`, path, target: 'value' });
  } else if (schema.pattern !== undefined && !compiled(schema.pattern).test(value)) {
    const what =
      schema.description === undefined
        ? `a valid ${key} (${schema.pattern})`
        : lowerFirst(schema.description);
    issues.push({
      code: 'CR205',
      message: `${key}: '${clip(value)}' is not ${what}${curlyQuoteHint(value)}`,
      path,
      target: 'value',
    });
  }
}

function walkNumber(
  value: number,
  schema: JsonSchema,
  path: Path,
  key: string,
  issues: Issue[],
): void {
  if (schema.minimum !== undefined && value < schema.minimum) {
    issues.push({
      code: 'CR206',
      message: `${key} must be at least ${schema.minimum}, not ${value}`,
      path,
      target: 'value',
    });
  } else if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    issues.push({
      code: 'CR206',
      message: `${key} must be more than ${schema.exclusiveMinimum}, not ${value}`,
      path,
      target: 'value',
    });
  } else if (schema.maximum !== undefined && value > schema.maximum) {
    issues.push({
      code: 'CR206',
      message: `${key} must be at most ${schema.maximum}, not ${value}`,
      path,
      target: 'value',
    });
  }
}

function walkObject(
  value: Record<string, unknown>,
  schema: JsonSchema,
  cx: Ctx,
  path: Path,
  noun: string,
  issues: Issue[],
): void {
  const props = schema.properties ?? {};
  const keys = Object.keys(value);
  for (const req of schema.required ?? []) {
    if (!Object.hasOwn(value, req)) {
      issues.push({
        code: 'CR202',
        message: `${noun} is missing '${req}'`,
        path,
        target: path.length > 0 ? 'key' : 'value',
      });
    }
  }
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    issues.push({ code: 'CR207', message: `${lastKey(path)} is empty`, path, target: 'value' });
  }
  for (const k of keys) {
    const childPath = [...path, k];
    if (schema.propertyNames !== undefined) {
      const before = issues.length;
      walk(k, schema.propertyNames, cx, childPath, noun, issues);
      for (let i = before; i < issues.length; i++) {
        const issue = issues[i] as Issue;
        issues[i] = {
          ...issue,
          message: `key ${issue.message.replace(/ is not a valid \w+/, ' is not valid here')}`,
          target: 'key',
        };
      }
      if (issues.length > before) continue;
    }
    const sub = props[k];
    if (sub !== undefined) walk(value[k], sub, cx, childPath, k, issues);
    else if (schema.additionalProperties === false) {
      const message =
        value[k] === null && k.includes(' ')
          ? `'${clip(k)}' was read as a key: inside { ... } a comma ends the value before it; put that text in quotes`
          : `unknown key '${k}' in ${noun}${misplacedKeyHint(noun, k) || curlyQuoteHint(k) || didYouMean(k, Object.keys(props)) || (value[k] === null ? QUOTE_HINT : '')}`;
      issues.push({ code: 'CR203', message, path: childPath, target: 'key' });
    } else if (typeof schema.additionalProperties === 'object') {
      walk(value[k], schema.additionalProperties, cx, childPath, k, issues);
    }
  }
}

function walkAnyOf(
  value: unknown,
  schema: JsonSchema,
  cx: Ctx,
  path: Path,
  noun: string,
  issues: Issue[],
): void {
  const options = (schema.anyOf ?? []).map((o) => resolveRef(o, cx).schema);
  // An option given as a $ref (a question's text) is walked as the ref, so it keeps its noun and a
  // language map in it is checked like any text.
  const given = schema.anyOf ?? [];
  const typed = given.filter((_, i) => accepts(options[i]?.type, value));
  if (typed.length === 0) {
    const what =
      schema.description ?? options.map((o) => TYPE_WORDS[o.type ?? ''] ?? 'a value').join(' or ');
    issues.push({
      code: 'CR208',
      message: `${lastKey(path)} should be ${lowerFirst(what)}, not ${typeOf(value)}${textValueHint(value)}`,
      path,
      target: 'value',
    });
    return;
  }
  let best: Issue[] | null = null;
  for (const option of typed) {
    const trial: Issue[] = [];
    walk(value, option, cx, path, noun, trial);
    if (trial.length === 0) return;
    if (best === null || trial.length < best.length) best = trial;
  }
  if (typed.length > 1 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    // Several object shapes: pick the one whose required key the author wrote.
    const present = typed.find((o) =>
      (resolveRef(o, cx).schema.required ?? []).some((r) => Object.hasOwn(value, r)),
    );
    if (present === undefined) {
      const what = schema.description ?? 'one of the documented forms';
      issues.push({
        code: 'CR208',
        message: `${lastKey(path)} should be ${lowerFirst(what)}`,
        path,
        target: 'value',
      });
      return;
    }
    const chosen: Issue[] = [];
    walk(value, present, cx, path, noun, chosen);
    issues.push(...chosen);
    return;
  }
  issues.push(...(best ?? []));
}
