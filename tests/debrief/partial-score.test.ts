/**
 * Issue #16, point 9: a run ended early is marked incomplete everywhere and scored only on what it
 * settled (the decisions taken, the rubric items no later play could change), with no ending part.
 */
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  compareReports,
  comparisonToCsv,
  comparisonToMarkdown,
  parseCsv,
  scoreState,
  toHtml,
  toJson,
  toMarkdown,
} from '../../src/debrief/index';
import { partialScore } from '../../src/debrief/score';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

function played(choices: readonly string[], end = false) {
  const { session } = playSession(scenario);
  for (const id of choices) session.choose(id);
  if (end) session.end();
  return session;
}

describe('partial score of a run ended early', () => {
  it('counts the decision taken and the settled evidence, never the ending or what was not reached', () => {
    const score = scoreState(scenario, played(['disclose_early'], true).state());
    expect(score.partial).toBe(true);
    expect(score.ending).toBe(0);
    const rubric = score.rubric.map((o) => [
      o.id,
      o.unjudged === true ? 'not judged' : o.rating,
      o.judged,
      o.evidence.map((e) => `${e.unjudged === true ? '?' : e.satisfied ? '+' : '-'} ${e.label}`),
    ]);
    expect(rubric).toMatchInlineSnapshot(`
      [
        [
          "notify",
          "not judged",
          0,
          [
            "? Deadline met: Report to the regulator",
            "? Chose "File the report now"",
          ],
        ],
        [
          "honest",
          "S",
          2,
          [
            "- No claim contradicted by later facts",
            "+ Avoided "Say nothing yet"",
            "? Trust ended steady or better",
          ],
        ],
      ]
    `);
    // One recommended decision (100) and "honest" met in part (S, 67): round((5 × 100 + 3 × 67) / 8).
    expect(score.overall).toBe(88);
    // A deadline the run never settled is not judged, not failed.
    const deadline = score.rubric[0]?.evidence[0];
    expect(deadline?.detail).toMatch(/^Not judged: the exercise ended early/);
  });

  it('judges every item and the ending of a complete run, as before', () => {
    const score = scoreState(scenario, played(['disclose_early', 'file_report']).state());
    expect(score.partial).toBe(false);
    expect(score.rubric.every((o) => o.unjudged === undefined && o.judged === undefined)).toBe(true);
    expect(score.overall).toBe(90);
  });

  it('weighs what could be judged, and scores nothing judged as 0', () => {
    expect(partialScore(100, 67)).toBe(88);
    expect(partialScore(50, null)).toBe(50);
    expect(partialScore(null, 33)).toBe(33);
    expect(partialScore(null, null)).toBe(0);
  });

  it('marks the run incomplete in the report, Markdown, HTML, JSON and the comparison', () => {
    const early = buildReport(scenario, played(['disclose_early'], true).save());
    expect(early.warnings.some((w) => w.startsWith('Incomplete run:'))).toBe(true);
    expect(toMarkdown(early)).toContain('**Overall: 88/100 (partial)**');
    expect(toMarkdown(early)).toContain('| Ending | 20% | not counted |');
    expect(toMarkdown(early)).toContain('  - not judged: Trust ended steady or better. Not judged: the exercise ended early');
    expect(toHtml(early)).toContain('of 100 (partial)');
    expect(toHtml(early)).toContain('Incomplete run, partial score');
    expect((JSON.parse(toJson(early)) as { score: { partial: boolean } }).score.partial).toBe(true);

    const full = buildReport(scenario, played(['disclose_early', 'file_report']).save());
    const result = compareReports([
      { source: 'full.json', report: full },
      { source: 'early.json', report: early },
    ]);
    if (!result.ok) throw new Error(result.message);
    const md = comparisonToMarkdown(result.comparison);
    expect(md).toContain('| Overall | 90 | 88 (partial) |');
    expect(md).toContain('Incomplete run, partial score');
    expect(md).toContain('| Objective: Notify on time | P | not judged |');
    expect(early.executiveSummary.join(' ')).toContain('Objectives: 0 P, 1 S, 0 M, 0 U, 1 not judged (the run ended early).');
    const csv = parseCsv(comparisonToCsv(result.comparison));
    const run = csv[0]?.indexOf('run') ?? -1;
    expect(csv.slice(1).map((row) => row[run])).toEqual(['complete', 'incomplete']);
  });
});
