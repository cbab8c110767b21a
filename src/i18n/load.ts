import { english } from './english.ts';
import type { Lang } from './languages.ts';
import { createTranslator, type MissingKeyReporter, type NamespacedCatalog, type Translator } from './translator.ts';

/** Each other language's catalog, fetched only when asked for (its own chunk in the browser). */
const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<{ default: NamespacedCatalog }>>> = {
  ko: () => import('./locales/ko/index.ts'),
};

const loaded = new Map<Lang, Promise<Translator>>();

/**
 * The translator for `lang`: English at once, another language after its catalog has loaded
 * (once; later calls share the same promise). A key the language lacks falls back to English.
 */
export function loadTranslator(lang: Lang, onMissing?: MissingKeyReporter): Promise<Translator> {
  if (lang === 'en') return Promise.resolve(english);
  let translator = loaded.get(lang);
  if (!translator) {
    translator = LOADERS[lang]().then(
      (module) => createTranslator(lang, module.default, english, onMissing),
      (error: unknown) => {
        // A failed download (offline, a redeploy) may succeed on the next try: do not keep it.
        loaded.delete(lang);
        throw error;
      },
    );
    loaded.set(lang, translator);
  }
  return translator;
}
