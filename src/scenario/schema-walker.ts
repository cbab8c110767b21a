/** Walks a value through the format's JSON Schema: references, arrays, objects and alternatives (schema-scalars.ts checks each value). */
import type { JsonSchema } from './json-schema.ts';
import type { Path } from './path.ts';
import { curlyQuoteHint, misplacedKeyHint, textValueHint } from './fix-hints.ts';
import { didYouMean } from './suggest.ts';
import { accepts, clip, lastKey, lowerFirst, TYPE_WORDS, typeOf } from './schema-values.ts';
import { type Issue, numberIssue, stringIssue, valueIssue } from './schema-scalars.ts';

export type { Issue } from './schema-scalars.ts';

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

/**
 * A text, for the language checks: a language map, or (`plain`) a bare string, which stands for the
 * scenario's first language only.
 */
export interface TextSite {
  readonly path: Path;
  readonly value: Readonly<Record<string, unknown>>;
  readonly plain?: true;
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
  if (refNoun === 'text' && typeof value === 'string') cx.texts.push({ path, value: {}, plain: true });
  const here = refNoun ?? noun;
  const key = lastKey(path);
  if (schema.anyOf !== undefined) return walkAnyOf(value, schema, cx, path, here, issues);
  const wrong = valueIssue(value, schema, path, key);
  if (wrong !== null) {
    issues.push(wrong);
    return;
  }
  if (typeof value === 'string' || typeof value === 'number') {
    const bad = typeof value === 'string' ? stringIssue(value, schema, path, key) : numberIssue(value, schema, path, key);
    if (bad !== null) issues.push(bad);
    return;
  }
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
