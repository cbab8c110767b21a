/** The interface languages the product ships. Scenario text may carry others; the interface does not. */
export const LANGUAGES = ['en', 'ko'] as const;

export type Lang = (typeof LANGUAGES)[number];

/** The language every catalog is complete in, and the one a missing key falls back to. */
export const BASE_LANGUAGE: Lang = 'en';

/** Each language's own name, as its speakers write it (for the switch and `--lang` errors). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ko: '한국어' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language a BCP 47 tag asks for ("ko-KR" -> "ko", "en_GB" -> "en"), or undefined when
 * we do not ship it.
 */
export function langOf(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_.]/)[0];
  return isLang(primary) ? primary : undefined;
}
