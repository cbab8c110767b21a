import type { JsonSchema } from './json-schema.ts';
import type { Path } from './path.ts';

/** Small helpers the schema walker uses to test values and to word its messages. */

export const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}...` : s);

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text '${clip(v)}'`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
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

export const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value lines)',
  array: 'a list (- items)',
  string: 'a text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

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
