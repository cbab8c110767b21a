import { describe, expect, it } from 'vitest';
import { buildReport, toMarkdown } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

describe('buildReport with facilitation', () => {
  it('lists pushed injects, jumps and an early end, and scores the unfinished story', () => {
    const { session, tick } = playSession(scenario, 'Facilitated');
    tick(10);
    session.inject('reporter_call');
    tick(10);
    session.jump('scoping');
    tick(30);
    session.note('Room split on whether to file');
    session.end();
    const report = buildReport(scenario, session.save());
    expect(report.events.map((e) => `${e.kind} @${e.time}: ${e.detail}`)).toMatchInlineSnapshot(`
      [
        "inject @0: Pushed inject "A reporter has the memo"",
        "jump @0: Jumped to "The forensic report"",
        "end @24: Ended the exercise",
      ]
    `);
    expect([
      report.ending,
      report.warnings,
      report.score.overall,
      report.score.decisions,
      report.score.ending,
    ]).toMatchInlineSnapshot(`
      [
        null,
        [
          "Incomplete run: the exercise was ended early, after 0 decisions, before any ending was reached. Its score is partial: it counts only the decisions taken and the objectives whose evidence could be judged, with no ending part, and is not ranked beside complete runs.",
        ],
        0,
        0,
        0,
      ]
    `);
    expect(report.meters.find((m) => m.id === 'trust')?.points).toMatchInlineSnapshot(`
      [
        {
          "time": 0,
          "value": 50,
        },
        {
          "time": 0,
          "value": 45,
        },
        {
          "time": 24,
          "value": 45,
        },
      ]
    `);
    expect(report.questions.map((q) => q.beat)).toEqual(['detection', 'scoping']);
    expect(report.executiveSummary[1]).toMatch(
      /^The exercise was ended before the story reached an ending\./,
    );
    expect(toMarkdown(report)).toContain('## Facilitator events');
  });

  it('times a decision from a jump into its beat', () => {
    const { session, tick } = playSession(scenario);
    tick(100);
    session.jump('scoping');
    tick(25);
    session.choose('file_report');
    const report = buildReport(scenario, session.save());
    expect(report.decisions.map((d) => [d.beat, d.seconds, d.limit])).toEqual([
      ['scoping', 25, null],
    ]);
  });
});
