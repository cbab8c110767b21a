/**
 * The language this page speaks: one translator for every view of the page, `<html lang>` kept
 * equal to it (screen readers and the Korean line breaking key on it), and a way for a view to
 * redraw when the switch changes it. English is there from the first frame; Korean arrives on
 * demand (its catalog is a chunk of its own).
 */
import { loadTranslator } from '../../i18n/load';
import type { Lang } from '../../i18n/languages';
import type { MessageKey } from '../../i18n/catalog-types';
import { createTranslator, type MessageValues, type NamespacedCatalog, type Translator } from '../../i18n/translator';
import { pageEnglish, pageEnglishCatalog } from './page-english';

let english: Translator = pageEnglish;
let englishCatalog: NamespacedCatalog = pageEnglishCatalog;
let current: Translator = pageEnglish;
const listeners = new Set<(lang: Lang) => void>();

/** The interface text for `key` in the page's language. */
export function t(key: MessageKey, values?: MessageValues): string {
  return current.t(key, values);
}

/** A number as the page's language writes it. */
export function formatNumberIn(value: number, options?: Intl.NumberFormatOptions): string {
  return current.number(value, options);
}

/** The page's translator, for the core's formatters that take one (game time, claim figures). */
export function translator(): Translator {
  return current;
}

export function uiLang(): Lang {
  return current.lang;
}

/**
 * Speaks `lang` from now on: loads its catalog if need be, then sets `<html lang>` and tells every
 * listener. A catalog that fails to load leaves the page in the language it had, and says why.
 */
export async function useLanguage(lang: Lang): Promise<void> {
  if (lang !== current.lang) current = lang === 'en' ? english : await loadTranslator(lang, { fallback: english });
  document.documentElement.lang = lang;
  for (const listener of listeners) listener(lang);
}

/**
 * A page whose words live in a namespace of their own (the workshop's, the live page's) brings its
 * English here before it settles its language, so the game never ships that namespace.
 */
export function usePageEnglish(pageOwn: Translator): void {
  english = pageOwn;
  if (current.lang === 'en') current = pageOwn;
}

/**
 * Adds namespaces to the page's English when the modules that speak them load (the debrief views,
 * the console's panels): their words are there before they render, and stay out of the first
 * download. Korean has every namespace in its one catalog.
 */
export function addPageEnglish(extra: NamespacedCatalog): void {
  // Merged key by key: a namespace may arrive in parts (the game's later screens add to `game`).
  const merged: Record<string, NamespacedCatalog[string]> = { ...englishCatalog };
  for (const [namespace, messages] of Object.entries(extra)) merged[namespace] = { ...merged[namespace], ...messages };
  englishCatalog = merged;
  usePageEnglish(createTranslator('en', englishCatalog));
}

/** Calls `listener` after each change of language; returns the way to stop. */
export function onLanguage(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
