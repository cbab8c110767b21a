import { describe, expect, it } from 'vitest';
import {
  buildReport,
  choiceGrid,
  compareReports,
  comparisonToCsv,
  comparisonToMarkdown,
  gridCellText,
  parseCsv,
  type Comparison,
} from '../../src/debrief/index';
import { loadTranslator } from '../../src/i18n/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

function run(team: string, choices: readonly string[], end = false) {
  const { session } = playSession(scenario, team);
  for (const id of choices) session.choose(id);
  if (end) session.end();
  return buildReport(scenario, session.save());
}

function compare(...reports: ReturnType<typeof run>[]): Comparison {
  const result = compareReports(
    reports.map((report, i) => ({ source: `${i}.json`, report })),
    [{ source: 'forged.json', team: 'Forged', scenarioId: 'breach_mini', reason: 'the log does not match its replay' }],
  );
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

describe('the comparison grid', () => {
  it("sets each team's choice at every beat side by side and marks where the paths split", () => {
    const c = compare(
      run('Blue', ['disclose_early', 'file_report']),
      run('Green', ['disclose_early', 'lawyer_up']),
      run('Red', ['disclose_early'], true),
    );
    expect(c.grid.map((r) => [r.beat, r.alike, r.firstSplit, r.cells.map((cell) => gridCellText(cell))])).toEqual([
      [
        'detection',
        true,
        false,
        [
          'Publish a preliminary notice (recommended)',
          'Publish a preliminary notice (recommended)',
          'Publish a preliminary notice (recommended)',
        ],
      ],
      [
        'scoping',
        false,
        true,
        ['File the report now (recommended)', 'Wait for outside counsel (acceptable)', 'Run ended before this beat'],
      ],
    ]);
  });

  it('orders beats as the teams came to them; a complete run that went another way is not said to have ended', () => {
    const step = (beat: string, choice: string) => ({
      beat,
      beatTitle: beat.toUpperCase(),
      choice,
      label: choice,
      rating: null,
      expired: false,
    });
    const grid = choiceGrid([
      { partial: false, path: [step('x', 'a'), step('y', 'b'), step('z', 'c')] },
      { partial: false, path: [step('x', 'a'), step('w', 'd'), step('z', 'c')] },
      { partial: true, path: [step('x', 'e')] },
    ]);
    expect(grid.map((r) => [r.beat, r.alike, r.firstSplit, r.cells.map((c) => (typeof c === 'string' ? c : c.decision))])).toEqual([
      ['x', false, true, [1, 1, 1]],
      ['y', false, false, [2, 'elsewhere', 'ended']],
      ['w', false, false, ['elsewhere', 2, 'ended']],
      // The run that ended early is not a path that went another way.
      ['z', true, false, [3, 3, 'ended']],
    ]);
    expect(choiceGrid([{ partial: false, path: [step('x', 'a')] }])[0]?.alike).toBe(true);
  });

  it('puts the grid and the unverified exports in the Markdown and the CSV, with no score for them', () => {
    const c = compare(
      run('Blue', ['disclose_early', 'file_report']),
      run('Red', ['disclose_early'], true),
    );
    const md = comparisonToMarkdown(c);
    expect(md).toContain('## Choices, beat by beat');
    expect(md).toContain('| Beat | Blue | Red (incomplete run) |');
    // Red's run ended before the forensic report: it did not choose otherwise there.
    expect(md).toContain('| The forensic report | File the report now (recommended) | Run ended before this beat |');
    expect(md).toContain('## Unverified exports, not compared');
    expect(md).toContain('- forged.json: unverified: team "Forged" cannot be replayed because the log does not match its replay; no report or score is shown');
    expect(md).toContain('1 unverified export left out, with no score');

    const [head, blue, red, forged] = parseCsv(comparisonToCsv(c));
    const col = (name: string): number => head?.indexOf(name) ?? -1;
    expect(blue?.[col('choice_scoping')]).toBe('file_report');
    expect(red?.[col('choice_scoping')]).toBe('');
    expect(forged?.[col('team')]).toBe('Forged');
    expect(forged?.[col('run')]).toBe('unverified');
    expect(forged?.[col('unverified_reason')]).toBe('the log does not match its replay');
    // Not one figure for an export that could not be replayed.
    expect(forged?.filter((cell, i) => cell !== '' && !['team', 'source', 'run', 'unverified_reason'].includes(head?.[i] ?? ''))).toEqual([]);
    expect(new Set([head, blue, red, forged].map((r) => r?.length)).size).toBe(1);
  });

  it('words the paths that parted, a run with no ending and why it cannot compare in the reports\' language', async () => {
    const ko = await loadTranslator('ko');
    const reports = [run('Blue', ['disclose_early', 'file_report']), run('Red', ['disclose_early'], true), run('Green', ['disclose_early', 'lawyer_up'])].map((report, i) => ({
      source: `${i}.json`,
      report,
    }));
    const result = compareReports(reports, [], ko);
    if (!result.ok) throw new Error(result.message);
    const c = result.comparison;
    // The scenario's own words (choice labels, ending titles) stay as written; the comparison's are Korean.
    expect(c.divergence?.choices).toEqual([
      { team: 'Blue', label: 'File the report now' },
      { team: 'Red', label: '이 장면 전에 진행이 끝남' },
      { team: 'Green', label: 'Wait for outside counsel' },
    ]);
    expect(c.teams[1]?.endingTitle).toBe('(결말 없음)');
    const edited = { ...scenario, hash: 'e'.repeat(64) };
    const { session } = playSession(edited, 'Edited');
    session.choose('disclose_early');
    const refused = compareReports([reports[0]!, { source: 'edited.json', report: buildReport(edited, session.save()) }], [], ko);
    const other = compareReports([reports[0]!, { source: 'other.json', report: { ...reports[1]!.report, overview: { ...reports[1]!.report.overview, scenarioId: 'other_case' } } }], [], ko);
    const none = compareReports([], [], ko);
    const messages = [refused, other, none].map((r) => (r.ok ? 'accepted' : r.message));
    expect(messages[0]).toMatch(/^edited\.json은\(는\) “breach_mini” 버전 1\.0\.0\(해시 eeeeeeeeeeee\)으로, 0\.json은\(는\) 버전 1\.0\.0\(해시 [0-9a-f]{12}\)으로 진행했습니다\./);
    expect(messages[1]).toContain('“other_case”');
    // No English word is left but the files', the scenarios' and the hashes' names.
    const names = /^(edited|json|other|case|breach|mini|[0-9a-f]+)$/;
    expect(messages.flatMap((m) => m.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !names.test(w))).toEqual([]);
  });
});
