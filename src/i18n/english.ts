import catalog from './locales/en/index.ts';
import { createTranslator, type Translator } from './translator.ts';

/**
 * English, every namespace: the CLI's and the server's default, and Node's fallback. Marked pure so
 * a browser page that never uses it does not ship every namespace's English.
 */
export const english: Translator = /* @__PURE__ */ createTranslator('en', catalog);
