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
import { BUILT_IN_CATEGORIES, DESIGN_CODES, loadScenario, scenarioSchema, type Diagnostic } from '../../src/scenario/index';
import { BUILT_IN_ROLES } from '../../src/scenario/roles';
import { diagnosticMessage } from '../../src/i18n/diagnostic-words';
import { DIAGNOSTIC_CODES } from './diagnostic-codes.ts';
import { UNTRANSLATED } from './untranslated-diagnostics.ts';
import { CORPUS, PLAN_CORPUS } from './diagnostic-corpus.ts';
import { parsePlanSource } from '../../src/engine/plan-file';
import type { Phrase } from '../../src/scenario/index';
import { formatKeys } from './format-keys.ts';

const keys = Object.keys(korean.diagnostics);
/** Every code but the listed ones is said in phrases the catalogs word. */
const translated = DIAGNOSTIC_CODES.filter((code) => !UNTRANSLATED.includes(code));

const FIXTURES = new URL('../fixtures/scenario/', import.meta.url);
const PLANS = new URL('../fixtures/engine/plans/', import.meta.url);
const yamlIn = (dir: URL) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name, source: readFileSync(new URL(name, dir), 'utf8') }));
/** The scenario the plan fixtures are written for: their ids are checked against it (CR703). */
const planScenarioSource = readFileSync(new URL('../fixtures/engine/flow.yaml', import.meta.url), 'utf8');
const planScenario = loadScenario(planScenarioSource, { file: 'flow.yaml' }).scenario;

/** Every file with the diagnostics check (or test, for a plan file) gives it. */
const files: { name: string; source: string; diagnostics: Diagnostic[] }[] = [
  ...[...yamlIn(FIXTURES), ...CORPUS].map((file) => ({ ...file, diagnostics: loadScenario(file.source, { file: file.name }).diagnostics })),
  ...[...yamlIn(PLANS), ...PLAN_CORPUS].map((file) => {
    const parsed = parsePlanSource(file.source, file.name);
    const diagnostics = [...parsed.diagnostics, ...(planScenario === null ? [] : parsed.checkNames(planScenario))];
    // A plan's did-you-mean names its scenario's ids: they are what the author wrote too.
    return { name: file.name, source: `${file.source}\n${planScenarioSource}`, diagnostics };
  }),
];

/** Every phrase key a diagnostic was said in, nested ones included. */
function phraseKeys(phrases: readonly Phrase[], into: Set<string>): Set<string> {
  for (const p of phrases) {
    into.add(p.key);
    phraseKeys(Object.values(p.values ?? {}).filter((v): v is Phrase => typeof v === 'object'), into);
  }
  return into;
}

/**
 * Latin words a Korean message may keep besides what the file says: the format's keys, the
 * condition functions, the file's format names and the schema's date pattern.
 */
const KEPT = new Set([
  ...formatKeys(scenarioSchema),
  ...['visits', 'chose', 'met', 'missed', 'deficient', 'fired', 'and', 'not', 'time'],
  // The commands an author runs (crisis-room analyze), named as typed.
  ...['analyze', 'graph'],
  // A test plan file's keys, steps and deadline statuses (docs/test-plans.md).
  ...['scenario', 'seed', 'plans', 'name', 'steps', 'expect', 'ending', 'meters', 'flags', 'deadlines', 'contradictions'],
  ...['clock', 'expire', 'player', 'continue', 'inject', 'idle', 'running'],
  ...Object.keys(BUILT_IN_ROLES),
  ...BUILT_IN_CATEGORIES,
  ...['YAML', 'UTF', 'MiB', 'true', 'false', 'end', 'snake_case', 'YYYY', 'DDTHH'],
]);

/** English left in a Korean message: Latin words of 3+ letters (ids and file names kept whole) that are not kept. */
function latinWords(said: string, source: string): string[] {
  return [...said.replace(/[\w./-]+\.(?:md|yaml)\b/g, '').matchAll(/[A-Za-z]\w*/g)]
    .map((m) => m[0])
    .filter((word) => /[A-Za-z]{3}/.test(word) && !KEPT.has(word) && !/^CR\d+$/.test(word) && !source.includes(word));
}

describe('check diagnostics in Korean', () => {
  it('lists only codes the source emits, and none the files show said in phrases (translated: take it off the list)', () => {
    expect(UNTRANSLATED.filter((code) => !DIAGNOSTIC_CODES.includes(code))).toEqual([]);
    expect(Object.keys(english.diagnostics).sort()).toEqual([...keys].sort());
    const worded = new Map<string, boolean>();
    for (const { diagnostics } of files) {
      for (const d of diagnostics) worded.set(d.code, (worded.get(d.code) ?? true) && d.words !== undefined);
    }
    expect(UNTRANSLATED.filter((code) => worded.get(code) === true)).toEqual([]);
  });

  it('words every diagnostic of a worded code from its phrases: the English as the check wrote it, the Korean with no English left', async () => {
    const ko = await loadTranslator('ko');
    const seen = new Set<string>();
    const problems: unknown[] = [];
    for (const { name, source, diagnostics } of files) {
      for (const d of diagnostics) {
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

  it('meets every phrase of the catalogs in some file, so each one is worded under test', () => {
    const met = new Set<string>();
    for (const { diagnostics } of files) for (const d of diagnostics) phraseKeys(d.words ?? [], met);
    expect(keys.filter((key) => /^CR\d+/.test(key) && !met.has(key) && !NOT_MET.includes(key))).toEqual([]);
  });
});

/**
 * Worded codes a scenario file cannot trip: the loader's own failure, and analyze's design findings
 * (worded from their own catalog, tested by finding-words.test.ts).
 */
const NOT_FROM_A_FILE = ['CR100', ...Object.keys(DESIGN_CODES)];

/**
 * Phrases no file trips: the loader's internal failure, the yaml package throwing something other
 * than its alias limit, a map whose keys are a list of words (no such map in the format yet), and
 * the parser failing without saying why.
 */
const NOT_MET: readonly string[] = ['CR100', 'CR103.unreadable', 'CR204.enumKey', 'CR501.unreadable'];
