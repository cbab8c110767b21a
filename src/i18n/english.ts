import catalog from './locales/en/index.ts';
import { createTranslator, type Translator } from './translator.ts';

/** English, bundled everywhere: the default language and every other language's fallback. */
export const english: Translator = createTranslator('en', catalog);
