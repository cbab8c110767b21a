/**
 * Diagnostic codes whose message the catalogs do not word yet: shown in English in every language.
 * None is left: analyze's design findings (CR520-CR534) are worded too, and tested by
 * finding-words.test.ts, since `check` never emits them.
 */
export const UNTRANSLATED: readonly string[] = [];
