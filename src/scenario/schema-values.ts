import type { JsonSchema } from './json-schema.ts';
import type { Path } from './path.ts';
import { said, type Phrase, type Said } from './said.ts';

/** Small helpers the schema walker uses to test values and to word its messages. */

export const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}...` : s);

/** What a value is, for "should be a number, not the text 'ten'". */
export function typeOf(v: unknown): Said {
  if (v === null || v === undefined) return said('type.nothing', 'nothing');
  if (Array.isArray(v)) return said('type.list', 'a list');
  if (typeof v === 'object') return said('type.mapping', 'a mapping');
  if (typeof v === 'string') return said('type.text', `the text '${clip(v)}'`, { text: clip(v) });
  const value = String(v);
  return typeof v === 'number' ? said('type.number', `the number ${value}`, { value }) : said('type.value', `the value ${value}`, { value });
}

/** A one-phrase saying used as a value inside another phrase. */
export function asValue(s: Said): Phrase {
  const [only] = s.words;
  if (only === undefined || s.words.length > 1) throw new Error(`one phrase expected in "${s.text}"`);
  return only;
}

export function accepts(type: JsonSchema['type'], v: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      // Past 2^53 a whole number cannot change by 1: a meter there would ignore every effect.
      return typeof v === 'number' && Number.isSafeInteger(v);
  }
}

export const TYPE_WORDS: Readonly<Record<string, Said>> = {
  object: said('want.object', 'a mapping (key: value lines)'),
  array: said('want.array', 'a list (- items)'),
  string: said('want.string', 'a text'),
  boolean: said('want.boolean', 'true or false'),
  number: said('want.number', 'a number'),
  integer: said('want.integer', 'a whole number'),
};

/** The schema's descriptions that messages quote, by the phrase another language words them with. */
const DESCRIBED: Readonly<Record<string, string>> = {
  'A date and time YYYY-MM-DDTHH:MM: the in-game moment of hour 0.': 'describe.startsAt',
  'A language code such as en, ko or pt-BR.': 'describe.language',
  'A snake_case id (a lower-case letter, then lower-case letters, digits or _).': 'describe.id',
  'A string, or a map of language code to string ({ en: ..., ko: ... }).': 'describe.text',
  'A text, or a list of { when, text } variants (first match wins) ending with a { text } fallback.': 'describe.conditionalText',
  'A meter change: 5 or "+5" adds, "%+20" or "%-20" is a fair add, "=40" sets.': 'describe.meterChange',
  'One piece of evidence: deadline, chose, avoided, claims or when, with an optional label.': 'describe.evidence',
  'In-game hour (entering the beat moves the clock here, never back), or "+24": that many hours after the hour the beat is entered.': 'describe.at',
  'An hour (20), or hours after the hour the beat is entered with a plus sign ("+24")': 'describe.relativeAt',
  'Only claims at this confidence (one word or a list) count.': 'describe.confidence',
  'A discussion question: a text for the whole room, or { role, text } for one role.': 'describe.question',
  'A date YYYY-MM-DD.': 'describe.date',
};

/** A schema description as a message quotes it ("a snake_case id (...)"), worded by its phrase. */
export function described(description: string): Said {
  const text = lowerFirst(description);
  return said(DESCRIBED[description] ?? 'describe.other', text, DESCRIBED[description] === undefined ? { text } : undefined);
}

export function lastKey(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--)
    if (typeof path[i] === 'string') return path[i] as string;
  return 'value';
}

const patterns = new Map<string, RegExp>();
export function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, 'u');
    patterns.set(pattern, re);
  }
  return re;
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
}
