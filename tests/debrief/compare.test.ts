import { describe, expect, it } from 'vitest';
import { buildReport, compareReports, comparisonToCsv, comparisonToMarkdown, parseCsv } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

function run(team: string, choices: readonly string[]) {
  const { session } = playSession(scenario, team);
  for (const id of choices) session.choose(id);
  return buildReport(scenario, session.save());
}

describe('compareReports', () => {
  it('names the first decision where the paths part, even when one team stopped early', () => {
    const result = compareReports([
      { source: 'a.json', report: run('Blue', ['disclose_early', 'file_report']) },
      { source: 'b.json', report: run('Blue', ['disclose_early']) },
      { source: 'c.json', report: run('', ['disclose_early', 'lawyer_up']) },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.comparison;
    expect(c.teams.map((t) => [t.name, t.overall, t.partial, t.endingTitle])).toMatchInlineSnapshot(`
      [
        [
          "Blue",
          90,
          false,
          "Steady hands",
        ],
        [
          "Blue (2)",
          88,
          true,
          "(no ending)",
        ],
        [
          "c.json",
          53,
          false,
          "The storm",
        ],
      ]
    `);
    expect(c.divergence).toMatchInlineSnapshot(`
      {
        "beat": "scoping",
        "beatTitle": "The forensic report",
        "choices": [
          {
            "label": "File the report now",
            "team": "Blue",
          },
          {
            "label": "Run ended before this beat",
            "team": "Blue (2)",
          },
          {
            "label": "Wait for outside counsel",
            "team": "c.json",
          },
        ],
        "index": 2,
      }
    `);
    expect(c.meters.map((m) => [m.id, m.teams.length])).toEqual([
      ['trust', 3],
      ['liability', 3],
    ]);
    const rows = parseCsv(comparisonToCsv(c));
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('counts a team that stopped as stopped, not as diverging, in the section and the grid alike', () => {
    const result = compareReports([
      { source: 'a.json', report: run('Full', ['disclose_early', 'file_report']) },
      { source: 'b.json', report: run('Stopped', ['disclose_early']) },
    ]);
    if (!result.ok) throw new Error(result.message);
    const c = result.comparison;
    expect(c.teams.map((t) => t.partial)).toEqual([false, true]);
    expect(c.grid.map((r) => r.firstSplit)).toEqual([false, false]);
    expect(c.divergence).toBeNull();
    expect(comparisonToMarkdown(c)).not.toMatch(/At decision \d/);
  });

  it('names the same beat as the grid where the teams that kept playing parted', () => {
    const result = compareReports([
      { source: 'a.json', report: run('A', ['disclose_early', 'file_report']) },
      { source: 'b.json', report: run('B', ['disclose_early']) },
      { source: 'c.json', report: run('C', ['disclose_early', 'lawyer_up']) },
    ]);
    if (!result.ok) throw new Error(result.message);
    const c = result.comparison;
    const split = c.grid.find((r) => r.firstSplit);
    expect(split?.beat).toBe('scoping');
    expect(c.divergence?.beat).toBe(split?.beat);
  });

  it('finds no divergence when every team chose alike', () => {
    const same = compareReports([
      { source: 'a.json', report: run('A', ['disclose_early', 'file_report']) },
      { source: 'b.json', report: run('B', ['disclose_early', 'file_report']) },
    ]);
    expect(same.ok && same.comparison.divergence).toBeNull();
  });

  it('counts a deadline met deficiently apart from met and missed, in markdown and csv', () => {
    const deadlines = fixtureScenario('deadlines');
    const play = (team: string, choice: string) => {
      const { session } = playSession(deadlines, team);
      session.choose(choice);
      session.choose('apologise');
      return buildReport(deadlines, session.save());
    };
    const result = compareReports([
      { source: 'bare.json', report: play('Bare', 'notify_bare') },
      { source: 'full.json', report: play('Full', 'notify_full') },
    ]);
    if (!result.ok) throw new Error(result.message);
    const c = result.comparison;
    expect(c.teams.map((t) => [t.deadlinesMet, t.deadlinesDeficient, t.deadlinesMissed])).toEqual([
      [0, 1, 1],
      [2, 0, 0],
    ]);
    expect(comparisonToMarkdown(c)).toContain('| Deadlines met / deficient / missed | 0 / 1 / 1 | 2 / 0 / 0 |');
    const [head, bare] = parseCsv(comparisonToCsv(c));
    expect(bare?.[head?.indexOf('deadlines_deficient') ?? -1]).toBe('1');
  });

  it('refuses a report from a changed scenario', () => {
    const edited = { ...scenario, hash: 'e'.repeat(64) };
    const { session } = playSession(edited, 'Edited');
    session.choose('disclose_early');
    const result = compareReports([
      { source: 'a.json', report: run('A', ['disclose_early']) },
      { source: 'edited.json', report: buildReport(edited, session.save()) },
    ]);
    expect(result.ok ? 'accepted' : result.message).toMatch(
      /^edited\.json was played on version 1\.0\.0 of "breach_mini" \(hash eeeeeeeeeeee\), but a\.json on version 1\.0\.0 \(hash [0-9a-f]{12}\): only runs of the same scenario version can be compared$/,
    );
    expect(compareReports([])).toEqual({ ok: false, message: 'no debrief exports to compare' });
  });
});
