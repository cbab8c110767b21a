import type { Text } from './types.ts';

/**
 * The string to show for a text: the requested language if the map has it, else the first
 * language the map lists (the loader guarantees maps follow the declared default-first order).
 */
export function text(t: Text, lang?: string): string {
  if (typeof t === 'string') return t;
  if (lang !== undefined && Object.hasOwn(t, lang)) return t[lang] ?? '';
  for (const key of Object.keys(t)) return t[key] ?? '';
  return '';
}
