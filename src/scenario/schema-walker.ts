/** Walks a value through the format's JSON Schema: references, arrays, objects and alternatives (schema-scalars.ts checks each value). */
import type { JsonSchema } from './json-schema.ts';
import type { Path } from './path.ts';
import { curlyQuoteHint, misplacedKeyHint, textValueHint } from './fix-hints.ts';
import { didYouMean, nounValue } from './suggest.ts';
import { accepts, asValue, clip, described, lastKey, TYPE_WORDS, typeOf } from './schema-values.ts';
import { firstOf, joined, said, type Said } from './said.ts';
import { type Issue, numberIssue, stringIssue, valueIssue } from './schema-scalars.ts';

export type { Issue } from './schema-scalars.ts';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

const QUOTE_HINT = said(
  'hint.commaInBraces',
  '; if it belongs to the text before it, put that text in quotes (a comma inside { } ends a value)',
);

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
  /** A plain text's string (the workshop shows it under the first language). */
  readonly said?: string;
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
      const message = said(
        'CR208.colonInText',
        `this text was read as a mapping because of the ': ' after '${clip(stray)}'; put the whole text in quotes`,
        { key: clip(stray) },
      );
      issues.push({ code: 'CR208', message, path, target: 'value' });
      return;
    }
    cx.texts.push({ path, value: value as Record<string, unknown> });
  }
  if (refNoun === 'text' && typeof value === 'string') cx.texts.push({ path, value: {}, plain: true, said: value });
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
            ? said('CR207.noChoice', 'a decision needs at least one choice')
            : said('CR207.tooFew', `${key} needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`, { key, count: schema.minItems }),
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
        message: said('CR202', `${noun} is missing '${req}'`, { noun: nounValue(noun), key: req }),
        path,
        target: path.length > 0 ? 'key' : 'value',
      });
    }
  }
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    issues.push({ code: 'CR207', message: said('CR207.empty', `${lastKey(path)} is empty`, { key: lastKey(path) }), path, target: 'value' });
  }
  for (const k of keys) {
    const childPath = [...path, k];
    if (schema.propertyNames !== undefined) {
      const before = issues.length;
      walk(k, schema.propertyNames, cx, childPath, noun, issues);
      for (let i = before; i < issues.length; i++) {
        const issue = issues[i] as Issue;
        issues[i] = { ...issue, message: asKey(issue.message), target: 'key' };
      }
      if (issues.length > before) continue;
    }
    const sub = props[k];
    if (sub !== undefined) walk(value[k], sub, cx, childPath, k, issues);
    else if (schema.additionalProperties === false) {
      const message =
        value[k] === null && k.includes(' ')
          ? said('CR203.commaInBraces', `'${clip(k)}' was read as a key: inside { ... } a comma ends the value before it; put that text in quotes`, { key: clip(k) })
          : joined(
              said('CR203', `unknown key '${k}' in ${noun}`, { key: k, noun: nounValue(noun) }),
              firstOf(misplacedKeyHint(noun, k), curlyQuoteHint(k), didYouMean(k, Object.keys(props)), value[k] === null ? QUOTE_HINT : null),
            );
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
    const what = schema.description === undefined ? eitherOf(options.map((o) => TYPE_WORDS[o.type ?? ''] ?? said('want.value', 'a value'))) : described(schema.description);
    const found = typeOf(value);
    const key = lastKey(path);
    issues.push({
      code: 'CR208',
      message: joined(said('CR208', `${key} should be ${what.text}, not ${found.text}`, { key, want: asValue(what), found: asValue(found) }), textValueHint(value)),
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
      const what = schema.description === undefined ? said('want.documented', 'one of the documented forms') : described(schema.description);
      const key = lastKey(path);
      issues.push({
        code: 'CR208',
        message: said('CR208.shape', `${key} should be ${what.text}`, { key, want: asValue(what) }),
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

/** "a text or a number": the types an option list accepts, each worded by its phrase. */
function eitherOf(types: readonly Said[]): Said {
  const [first, ...rest] = types;
  if (first === undefined) return said('want.value', 'a value');
  return rest.reduce((all, next) => said('want.either', `${all.text} or ${next.text}`, { first: asValue(all), second: asValue(next) }), first);
}

/**
 * A map key that fails its schema (a meter id under effects): "key 'X' is not valid here" rather
 * than the value's wording.
 */
function asKey(message: Said): Said {
  const [first, ...rest] = message.words;
  const text = `key ${message.text.replace(/ is not a valid \w+/, ' is not valid here')}`;
  if (first?.key === 'CR204.enum') return { text, words: [{ key: 'CR204.enumKey', ...(first.values && { values: first.values }) }, ...rest] };
  return { text, words: [{ key: 'key.prefix' }, ...message.words] };
}
