import common from './locales/en/common.json';
import { createTranslator, type Translator } from './translator.ts';

/**
 * English with the `common` namespace only (the calendar, figures, confidences): the core's
 * formatters' default, without pulling every page's English into the game's first chunk. A page
 * builds its own English from the namespaces it shows (`createTranslator('en', { common, game })`).
 */
export const englishCommon: Translator = /* @__PURE__ */ createTranslator('en', { common });
