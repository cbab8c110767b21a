import { setupI18n, type I18n, type Messages } from '@lingui/core';
import type { MessageKey } from './catalog-types.ts';
import { compileCatalog } from '#i18n-compile';
import type { Lang } from './languages.ts';

/** Values a message interpolates: ICU `{name}`, `{n, plural, ...}`, `{n, number}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Everything a view, an exporter or the CLI needs to speak one language. */
export interface Translator {
  readonly lang: Lang;
  /** The message for `key`, with `values` filled in; English (logged once) when this language lacks it. */
  t(key: MessageKey, values?: MessageValues): string;
  /** Whether this language's own catalog has `key` (a fallback to English does not count). */
  has(key: MessageKey): boolean;
  /** A number as this language writes it (12,345 in both; the grouping follows Intl). */
  number(value: number | bigint, options?: Intl.NumberFormatOptions): string;
}

/** A namespaced catalog as the locale files hold it: namespace -> key -> ICU message. */
export type NamespacedCatalog = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** How a missing key is reported; the default warns on the console. */
export type MissingKeyReporter = (lang: Lang, key: string) => void;

const reported = new Set<string>();

/** Warns once per language and key: a missing translation is a bug to fix, not a screen to break. */
export const warnOnce: MissingKeyReporter = (lang, key) => {
  const id = `${lang}:${key}`;
  if (reported.has(id)) return;
  reported.add(id);
  console.warn(`crisis-room: no "${lang}" text for "${key}"; showing English`);
};

/** The catalog's namespaces flattened to "namespace.key" ids. */
export function flattenCatalog(catalog: NamespacedCatalog): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [namespace, messages] of Object.entries(catalog)) {
    for (const [key, message] of Object.entries(messages)) flat[`${namespace}.${key}`] = message;
  }
  return flat;
}

function linguiFor(lang: Lang, catalog: NamespacedCatalog): I18n {
  const messages = compileCatalog(flattenCatalog(catalog)) as Messages;
  return setupI18n({ locale: lang, messages: { [lang]: messages } });
}

/**
 * A translator for `lang` from its catalog; keys it lacks come from `fallback` (English), reported
 * once through `onMissing`. English itself is built with no fallback: its catalog is complete (a
 * test says so) and its keys are the type `MessageKey`.
 */
export function createTranslator(
  lang: Lang,
  catalog: NamespacedCatalog,
  fallback?: Translator,
  onMissing: MissingKeyReporter = warnOnce,
): Translator {
  const i18n = linguiFor(lang, catalog);
  const numbers = new Map<string, Intl.NumberFormat>();
  const has = (key: MessageKey): boolean => Object.hasOwn(i18n.messages, key);
  return {
    lang,
    has,
    t(key, values) {
      if (!has(key) && fallback) {
        onMissing(lang, key);
        return fallback.t(key, values);
      }
      return i18n._(key, values);
    },
    number(value, options) {
      const id = JSON.stringify(options ?? {});
      let format = numbers.get(id);
      if (!format) numbers.set(id, (format = new Intl.NumberFormat(lang, options)));
      return format.format(value);
    },
  };
}
