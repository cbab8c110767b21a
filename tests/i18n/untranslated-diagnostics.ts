/**
 * Diagnostic codes whose message the catalogs do not word yet: shown in English in every language.
 * Only analyze's design findings are left (src/analysis/design): `check` never emits them, and
 * their sentences are worded with the workshop's findings, not with check's phrases.
 */
export const UNTRANSLATED: readonly string[] = [
  'CR520',
  'CR521',
  'CR522',
  'CR523',
  'CR524',
  'CR525',
  'CR526',
  'CR527',
  'CR528',
  'CR529',
  'CR530',
  'CR531',
  'CR532',
  'CR533',
  'CR534',
];
