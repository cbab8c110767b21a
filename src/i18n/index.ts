/** The interface's languages: catalogs, translators, the language rule and the calendar. Pure: no DOM. */
export { LANGUAGES, BASE_LANGUAGE, LANGUAGE_NAMES, isLang, langOf, type Lang } from './languages.ts';
export { resolveLanguage, type LanguageSources } from './resolve-language.ts';
export { createTranslator, warnOnce, type NamespacedCatalog, type Translator, type MessageValues, type MissingKeyReporter } from './translator.ts';
export type { MessageKey, Namespace } from './catalog-types.ts';
export { english } from './english.ts';
export { englishCommon } from './english-common.ts';
export { loadTranslator, type LoadOptions } from './load.ts';
export { formatCalendar } from './calendar.ts';
export { refusalText, stepRefusalText, type WordedRefusal } from './refusal-words.ts';
export { saveErrorText } from './save-words.ts';
export { kindText, type Coded, type KindKeys } from './kind-words.ts';
