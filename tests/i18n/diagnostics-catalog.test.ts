/**
 * check's diagnostics in other languages (issue #20): which codes the catalogs word, and that every
 * diagnostic of a worded code is said in phrases whose English is the scenario layer's own message
 * and whose Korean leaves no English but what the author wrote (ids, keys) and codes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import english from '../../src/i18n/locales/en/index.ts';
import korean from '../../src/i18n/locales/ko/index.ts';
import { english as englishTranslator, loadTranslator } from '../../src/i18n/index';
import { BUILT_IN_CATEGORIES, loadScenario, scenarioSchema, type Diagnostic } from '../../src/scenario/index';
import { BUILT_IN_ROLES } from '../../src/scenario/roles';
import { diagnosticMessage } from '../../src/cli/diagnostic-words';
import { DIAGNOSTIC_CODES } from './diagnostic-codes.ts';
import { UNTRANSLATED } from './untranslated-diagnostics.ts';
import { CORPUS } from './diagnostic-corpus.ts';

const keys = Object.keys(korean.diagnostics);
/** Every code but the listed ones is said in phrases the catalogs word. */
const translated = DIAGNOSTIC_CODES.filter((code) => !UNTRANSLATED.includes(code));

const FIXTURES = new URL('../fixtures/scenario/', import.meta.url);
const files = [
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name, source: readFileSync(new URL(name, FIXTURES), 'utf8') })),
  ...CORPUS,
];

/** Every key the scenario format defines: a Korean message names them as the file is written. */
function formatKeys(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => formatKeys(item, into));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) Object.keys(value).forEach((k) => into.add(k));
      if (key === 'enum' && Array.isArray(value)) value.forEach((v) => into.add(String(v)));
      formatKeys(value, into);
    }
  }
  return into;
}

/**
 * Latin words a Korean message may keep besides what the file says: the format's keys, the
 * condition functions, the file's format names and the schema's date pattern.
 */
const KEPT = new Set([
  ...formatKeys(scenarioSchema),
  ...['visits', 'chose', 'met', 'missed', 'deficient', 'fired'],
  ...Object.keys(BUILT_IN_ROLES),
  ...BUILT_IN_CATEGORIES,
  ...['YAML', 'UTF', 'MiB', 'true', 'false', 'end', 'snake_case', 'YYYY', 'DDTHH'],
]);

/** English left in a Korean message: Latin words of 3+ letters (ids kept whole) that are not kept. */
function latinWords(said: string, source: string): string[] {
  return [...said.matchAll(/[A-Za-z]\w*/g)]
    .map((m) => m[0])
    .filter((word) => /[A-Za-z]{3}/.test(word) && !KEPT.has(word) && !/^CR\d+$/.test(word) && !source.includes(word));
}

describe('check diagnostics in Korean', () => {
  it('lists only codes the source emits, and none the files show said in phrases (translated: take it off the list)', () => {
    expect(UNTRANSLATED.filter((code) => !DIAGNOSTIC_CODES.includes(code))).toEqual([]);
    expect(Object.keys(english.diagnostics).sort()).toEqual([...keys].sort());
    const worded = new Map<string, boolean>();
    for (const { name, source } of files) {
      for (const d of loadScenario(source, { file: name }).diagnostics) worded.set(d.code, (worded.get(d.code) ?? true) && d.words !== undefined);
    }
    expect(UNTRANSLATED.filter((code) => worded.get(code) === true)).toEqual([]);
  });

  it('words every diagnostic of a worded code from its phrases: the English as the check wrote it, the Korean with no English left', async () => {
    const ko = await loadTranslator('ko');
    const seen = new Set<string>();
    const problems: unknown[] = [];
    for (const { name, source } of files) {
      const found: Diagnostic[] = loadScenario(source, { file: name }).diagnostics;
      for (const d of found) {
        if (UNTRANSLATED.includes(d.code)) continue;
        seen.add(d.code);
        const inEnglish = diagnosticMessage(d, englishTranslator);
        const inKorean = diagnosticMessage(d, ko);
        if (d.words === undefined || inEnglish !== d.message) problems.push({ name, code: d.code, message: d.message, inEnglish });
        else if (inKorean === d.message || latinWords(inKorean, source).length > 0)
          problems.push({ name, code: d.code, inKorean, latin: latinWords(inKorean, source) });
      }
    }
    expect(problems).toEqual([]);
    // Every worded code is met at least once, so none of its phrases goes untested.
    expect(translated.filter((code) => !seen.has(code) && !NOT_FROM_A_FILE.includes(code))).toEqual([]);
  });
});

/** Worded codes a scenario file cannot trip: the loader's own failure, plans and design findings. */
const NOT_FROM_A_FILE = ['CR100'];
