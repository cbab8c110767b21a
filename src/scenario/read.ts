import type { Text } from './types.ts';

/**
 * Defensive readers over the plain value of a YAML file that may not match the schema. They never
 * throw; a wrong shape reads as the fallback (the schema check has already reported it).
 */
export type Raw = Readonly<Record<string, unknown>>;

const EMPTY: Raw = Object.freeze({});

export function asObject(v: unknown): Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : EMPTY;
}

export function asList(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}

export function asNumber(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function asBoolean(v: unknown, fallback = false): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

export function has(o: Raw, key: string): boolean {
  return Object.hasOwn(o, key) && o[key] !== undefined && o[key] !== null;
}

/** A text, with a map's languages put in the declared order (default first). */
export function asText(v: unknown, languages: readonly string[]): Text {
  if (typeof v === 'string') return v;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return '';
  const source = v as Raw;
  const out: Record<string, string> = {};
  for (const lang of languages)
    if (typeof source[lang] === 'string') out[lang] = source[lang] as string;
  for (const [lang, s] of Object.entries(source))
    if (typeof s === 'string' && !(lang in out)) out[lang] = s;
  return out;
}

export function asOptionalText(v: unknown, languages: readonly string[]): Text | undefined {
  return v === undefined || v === null ? undefined : asText(v, languages);
}
