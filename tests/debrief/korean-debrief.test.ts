/**
 * The debrief in Korean (issue #20): a session of the bilingual tutorial played in Korean gives a
 * report whose Markdown, CSV, HTML and JSON labels hold no English but proper names, codes and the
 * scenario's own untranslated text; the same save in English gives the same score.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/index';
import type { SaveFile } from '../../src/engine/types';
import { loadTranslator, type Translator } from '../../src/i18n/index';
import { loadScenario } from '../../src/scenario/index';
import type { Scenario } from '../../src/scenario/types';
import { buildReport, buildSlides, toCsv, toHtml, toJson, toMarkdown, toPlanCsv } from '../../src/debrief/index';
import { runDebrief } from '../../src/cli/commands/debrief';

const FILE = resolve(import.meta.dirname, '../../scenarios/tutorial.yaml');
const scenario = ((): Scenario => {
  const loaded = loadScenario(readFileSync(FILE, 'utf8'), { file: 'tutorial.yaml' });
  if (!loaded.scenario) throw new Error('the tutorial does not load');
  return loaded.scenario;
})();

/**
 * Two runs that between them reach every part of the report the tutorial can fill: recommended,
 * acceptable and harmful choices, a confirmed claim later contradicted, missed and met deadlines,
 * lasting limits, facilitator events and notes, and an early end (a partial score).
 */
const ROUTES: Readonly<Record<string, readonly string[]>> = {
  late: ['notify_now', 'kisa_with_forensics', 'sound_out_pipc', 'ceo_all_clear'],
  confirmed: ['confirm_small', 'not_an_intrusion', 'confirm_and_correct', 'lawyer_first', 'blame_vendor'],
  ended: ['wait_for_forensics'],
};

function play(route: readonly string[], endEarly: boolean): SaveFile {
  let wall = Date.UTC(2026, 11, 3, 9, 0, 0);
  const session = createSession(scenario, { seed: 5, team: '한빛 1조', lang: 'ko', now: () => (wall += 30_000) });
  const wanted = [...route];
  for (let guard = 0; guard < 50 && !session.finished(); guard++) {
    const beat = scenario.beats.find((b) => b.id === session.state().beat);
    const offered = beat?.decision?.choices.map((c) => c.id) ?? [];
    const next = wanted[0];
    if (offered.length === 0) session.continue();
    else if (next !== undefined && offered.includes(next)) {
      wanted.shift();
      session.choose(next);
    } else if (endEarly) break;
    else session.expire();
  }
  session.note('관찰자: 법무팀 발언이 길었음');
  session.pause();
  session.resume();
  if (endEarly) session.end();
  return session.save();
}

/** Every ASCII word of three or more letters. */
const words = (text: string): string[] => text.match(/[A-Za-z]{3,}/g) ?? [];

/**
 * The words the scenario itself brings in Korean: its text maps as Korean reads them (or as
 * written when a text has no Korean), its plain texts, ids and references. Enumerated fields
 * (ratings, tones, kinds) are not text and are left out, so an untranslated "recommended" is
 * still caught.
 */
function scenarioWords(s: Scenario): Set<string> {
  const ENUMS = new Set(['rating', 'tone', 'good', 'strategy', 'kind', 'difficulty', 'confidence', 'claims', 'status', 'of', 'op', 'fn']);
  const found = new Set<string>();
  const isTextMap = (v: object): v is Record<string, string> =>
    Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => /^[a-z]{2}(-[A-Z]{2})?$/.test(k) && typeof x === 'string');
  const walk = (value: unknown, key: string): void => {
    if (ENUMS.has(key)) return;
    if (typeof value === 'string') words(value).forEach((w) => found.add(w));
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') {
      if (isTextMap(value)) words(value['ko'] ?? Object.values(value)[0] ?? '').forEach((w) => found.add(w));
      else Object.entries(value).forEach(([k, v]) => walk(v, k));
    }
  };
  walk(s, '');
  return found;
}

/** Proper names and codes the interface itself may print: the product, the time zone, formats. */
const NAMES = new Set(['Crisis', 'Room', 'UTC', 'SCCT', 'HSEEP', 'JSON', 'CSV', 'format']);

/** English left in `text`: ASCII words that are neither the scenario's own nor a name or code. */
function englishIn(text: string, allowed: ReadonlySet<string>): string[] {
  const bare = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[0-9a-f]{12,64}\b/g, ' ')
    // The HTML page's markup and style sheet are not text for people.
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
  return [...new Set(words(bare).filter((w) => !allowed.has(w) && !NAMES.has(w)))];
}

/**
 * Fields of a JSON export that hold codes for programs (an enumeration or a "kind:id" cause), as
 * stable as its keys: the human-readable text lives beside them ("tone" beside "title", "cause"
 * beside "causeLabel", "rating" beside the words the exporters print).
 */
const CODE_FIELDS = new Set(['save', 'format', 'lang', 'interfaceLang', 'difficulty', 'tone', 'kind', 'good', 'bound', 'rating', 'cause', 'audience', 'confidence', 'status', 'strategy', 'endingTone']);

/** The human-readable strings of a value: every string outside the code fields and the embedded save. */
function labelsOf(data: unknown): string {
  const out: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (CODE_FIELDS.has(key)) return;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(data, '');
  return out.join('\n');
}

describe('the debrief in Korean', () => {
  const allowed = scenarioWords(scenario);

  it('leaves no English in the Markdown, CSV, plan CSV, HTML, JSON labels or slides of a Korean run', async () => {
    const ko: Translator = await loadTranslator('ko');
    for (const [name, route] of Object.entries(ROUTES)) {
      const report = buildReport(scenario, play(route, name === 'ended'), { tr: ko });
      expect(report.lang).toBe('ko');
      expect(report.interfaceLang).toBe('ko');
      // Each route reaches the parts it is there for.
      if (name === 'confirmed') expect(report.claims.some((c) => c.contradicted !== null)).toBe(true);
      if (name === 'ended') expect(report.score.partial).toBe(true);
      if (name === 'late') expect(report.meters.some((m) => (m.limits ?? []).length > 0)).toBe(true);
      const exports = {
        md: toMarkdown(report, ko),
        csv: toCsv(report, ko),
        plan: toPlanCsv(report, ko),
        html: toHtml(report, ko),
        json: labelsOf(JSON.parse(toJson(report))),
        // The presenter's slides: their words, not their codes (a slide's kind, a rating letter).
        slides: labelsOf(buildSlides(report, ko)),
      };
      for (const [format, text] of Object.entries(exports))
        expect({ route: name, format, english: englishIn(text, allowed) }).toEqual({ route: name, format, english: [] });
      expect(exports.html).toContain('<html lang="ko">');
      expect(exports.md).toContain('# 사후 강평 보고서: ');
    }
  });

  it('catches English when it is there: the same report in English fails the rule', () => {
    const report = buildReport(scenario, play(ROUTES['late'] ?? [], false));
    expect(englishIn(toMarkdown(report), allowed)).toEqual(expect.arrayContaining(['Exercise', 'overview', 'recommended']));
  });

  it('gives the same score, ratings and ending in English for the same save', async () => {
    const ko = await loadTranslator('ko');
    const en = await loadTranslator('en');
    for (const [name, route] of Object.entries(ROUTES)) {
      const save = play(route, name === 'ended');
      const korean = buildReport(scenario, save, { tr: ko });
      const english = buildReport(scenario, save, { tr: en });
      expect(english.interfaceLang).toBe('en');
      expect(korean.score.overall).toBe(english.score.overall);
      expect(korean.score.partial).toBe(english.score.partial);
      expect(korean.score.rubric.map((o) => [o.id, o.rating, o.points])).toEqual(english.score.rubric.map((o) => [o.id, o.rating, o.points]));
      expect(korean.ending?.id).toBe(english.ending?.id);
      expect(korean.decisions.map((d) => [d.choice, d.rating, d.points])).toEqual(english.decisions.map((d) => [d.choice, d.rating, d.points]));
    }
  });

  it('comes out of the CLI in the language kept with the save, and in English with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-room-ko-'));
    const file = join(dir, 'session.json');
    writeFileSync(file, JSON.stringify(play(ROUTES['late'] ?? [], false)));
    const run = async (options: { lang?: string; format?: string }, input = file): Promise<string> => {
      let out = '';
      let err = '';
      const code = await runDebrief(input, { scenario: FILE, ...options }, { out: (t) => (out += t), err: (t) => (err += t) });
      expect({ code, err }).toEqual({ code: 0, err: expect.any(String) });
      return out;
    };
    const korean = await run({});
    const english = await run({ lang: 'en' });
    expect(englishIn(korean, allowed)).toEqual([]);
    expect(korean).toMatch(/\*\*종합: (\d+)\/100점\*\*/);
    expect(english).toMatch(/\*\*Overall: (\d+)\/100\*\*/);
    expect(/종합: (\d+)/.exec(korean)?.[1]).toBe(/Overall: (\d+)/.exec(english)?.[1]);
    // A Korean JSON export re-read: verified against its save, in its own words, no "edited" warning.
    const exported = join(dir, 'report.json');
    writeFileSync(exported, await run({ format: 'json' }));
    const again = await run({}, exported);
    expect(again).toBe(korean);
    const inEnglish = await run({ lang: 'en' }, exported);
    expect(inEnglish).not.toContain('changed after it was made');
    expect(inEnglish).toContain('# After-action report: ');
  });
});
