/**
 * Citations in the played language (issue #20): the shipped bilingual scenarios name each public
 * report in Korean too, so a Korean debrief's case timeline and author's notes, in every export,
 * show no English outside proper names (the allow-list the Korean browser checks use), and the
 * English debrief shows the English citations.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/index';
import { loadTranslator } from '../../src/i18n/index';
import { loadScenario, text } from '../../src/scenario/index';
import type { Scenario } from '../../src/scenario/types';
import { buildReport, readReport, toHtml, toJson, toMarkdown } from '../../src/debrief/index';
import { latinWordsIn } from '../browser/korean-leftovers';

function shipped(file: string): Scenario {
  const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios', file), 'utf8'), { file });
  if (!loaded.scenario) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

/** Every citation of the scenario, as a text (case timeline first, then the author's notes). */
function citations(s: Scenario) {
  return [
    ...(s.caseTimeline?.entries ?? []).flatMap((e) => (e.source === undefined ? [] : [e.source])),
    ...(s.authorNotes?.sources ?? []).map((f) => f.source),
  ];
}

/** The report's own citations, in the order `citations` gives them. */
function reported(report: ReturnType<typeof buildReport>): string[] {
  return [
    ...(report.caseTimeline?.entries ?? []).flatMap((e) => (e.source === undefined ? [] : [e.source])),
    ...(report.authorNotes?.sources ?? []).map((f) => f.source),
  ];
}

describe.each(['breach_33m.yaml', 'tutorial.yaml'])('the citations of %s', (file) => {
  const scenario = shipped(file);
  const save = createSession(scenario, { seed: 1, team: 'A', lang: 'ko', now: () => Date.UTC(2026, 11, 3) }).save();

  it('are all texts with a Korean version that differs from the English', () => {
    const all = citations(scenario);
    expect(all.length).toBeGreaterThan(5);
    const untranslated = all.filter((c) => typeof c === 'string' || !c['ko'] || c['ko'] === c['en']);
    expect(untranslated).toEqual([]);
  });

  it('show in Korean in the Korean debrief and every export, with no English but proper names', async () => {
    const ko = await loadTranslator('ko');
    const report = buildReport(scenario, save, { tr: ko });
    const korean = citations(scenario).map((c) => text(c, 'ko'));
    expect(reported(report)).toEqual(korean);
    expect(latinWordsIn(korean)).toEqual([]);

    // Markdown escapes its own marks (a `~` in "30~31일"); the citation is the text read back.
    const md = toMarkdown(report, ko).replace(/\\(.)/g, '$1');
    const html = toHtml(report, ko);
    // A long citation wraps between words ("2025년 12월 1일"), never inside one ("12 / 월").
    expect(html).toMatch(/:lang\(ko\) \{[^}]*word-break: keep-all/);
    for (const citation of korean) {
      expect(md).toContain(citation);
      expect(html).toContain(citation.replace(/&/g, '&amp;'));
    }
    // The English wording is nowhere in the Korean exports.
    for (const english of citations(scenario).map((c) => text(c, 'en'))) {
      expect(md).not.toContain(english);
      expect(html).not.toContain(english);
    }
    const read = readReport(toJson(report));
    expect(read.ok && reported(read.report)).toEqual(korean);
  });

  it('stay as written in the English debrief', async () => {
    const report = buildReport(scenario, save, { tr: await loadTranslator('en') });
    expect(reported(report)).toEqual(citations(scenario).map((c) => text(c, 'en')));
  });
});
