import type { Lang } from './languages.ts';
import { createTranslator, type MissingKeyReporter, type NamespacedCatalog, type Translator } from './translator.ts';

/** Each other language's catalog, fetched only when asked for (its own chunk in the browser). */
const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<{ default: NamespacedCatalog }>>> = {
  ko: () => import('./locales/ko/index.ts'),
};

const loaded = new WeakMap<Translator, Map<Lang, Promise<Translator>>>();

function loadedFor(fallback: Translator): Map<Lang, Promise<Translator>> {
  let cache = loaded.get(fallback);
  if (!cache) loaded.set(fallback, (cache = new Map()));
  return cache;
}

export interface LoadOptions {
  /** The English a missing key falls back to, and what `en` resolves to (default: every namespace). */
  readonly fallback?: Translator;
  readonly onMissing?: MissingKeyReporter;
}

/**
 * The translator for `lang`: English at once, another language after its catalog has loaded
 * (once per fallback; later calls share the same promise). A key the language lacks falls back to
 * `fallback`, so a page can pass the English of only the namespaces it shows.
 */
export async function loadTranslator(lang: Lang, options: LoadOptions = {}): Promise<Translator> {
  // Every namespace's English only when no page gave its own: a page passes its fallback, so the
  // CLI's and the report's English never ride in a page's first chunk.
  const fallback = options.fallback ?? (await import('./english.ts')).english;
  if (lang === 'en') return fallback;
  const cache = loadedFor(fallback);
  let translator = cache.get(lang);
  if (!translator) {
    translator = LOADERS[lang]().then(
      (module) => createTranslator(lang, module.default, fallback, options.onMissing),
      (error: unknown) => {
        // A failed download (offline, a redeploy) may succeed on the next try: do not keep it.
        cache.delete(lang);
        throw error;
      },
    );
    cache.set(lang, translator);
  }
  return translator;
}
