import { describe, expect, it } from 'vitest';
import { buildReport, scoreState } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('claims-by-confidence');

/** Plays the fixture: the first statement (or `expire`), then the regulator decision. */
function play(first: string, second = 'file_report', lang?: string) {
  const { session } = playSession(scenario);
  if (first === 'expire') session.expire();
  else session.choose(first);
  session.choose(second);
  return {
    state: session.state(),
    report: buildReport(scenario, session.save(), lang === undefined ? {} : { lang }),
  };
}

/** The `figures` objective's items: satisfied or not, by label. */
function figures(first: string): Record<string, boolean> {
  const { state } = play(first);
  const objective = scoreState(scenario, state).rubric.find((o) => o.id === 'figures');
  return Object.fromEntries((objective?.evidence ?? []).map((e) => [e.label, e.satisfied]));
}

describe('claims evidence by confidence', () => {
  it('holds "no confirmed claim contradicted" for a team whose contradicted figure was preliminary', () => {
    expect(figures('say_preliminary')).toMatchInlineSnapshot(`
      {
        "Claims made, and none contradicted": false,
        "No claim contradicted by later facts": false,
        "No confirmed claim contradicted by later facts": true,
        "No confirmed claim made": true,
      }
    `);
  });

  it('fails both accuracy items for a team whose confirmed figure was contradicted', () => {
    expect(figures('say_confirmed')).toMatchInlineSnapshot(`
      {
        "Claims made, and none contradicted": false,
        "No claim contradicted by later facts": false,
        "No confirmed claim contradicted by later facts": false,
        "No confirmed claim made": false,
      }
    `);
  });

  it('tells "no claim was made" apart from "no claim was contradicted"', () => {
    expect(figures('say_nothing')).toMatchInlineSnapshot(`
      {
        "Claims made, and none contradicted": false,
        "No claim contradicted by later facts": true,
        "No confirmed claim contradicted by later facts": true,
        "No confirmed claim made": true,
      }
    `);
  });

  it('says why an item holds without repeating its label, and counts only the listed confidence', () => {
    const { state } = play('say_preliminary');
    const objective = scoreState(scenario, state).rubric.find((o) => o.id === 'figures');
    expect(objective?.evidence.map((e) => e.detail)).toMatchInlineSnapshot(`
      [
        "The team made none (its 1 preliminary claim does not count here).",
        "1 of 1 claim was contradicted by later facts.",
        "1 of 1 claim was contradicted by later facts.",
        "The team made none (its 1 preliminary claim does not count here).",
      ]
    `);
  });
});

describe('claims evidence: held', () => {
  it('holds "claims made, none contradicted" for a claim that stood to the end', () => {
    const { state } = play('say_preliminary');
    // The same end state had the count not grown: the claim stands.
    const stood = { ...state, claims: state.claims.map(({ contradictedBy: _, ...c }) => c) };
    const objective = scoreState(scenario, stood).rubric.find((o) => o.id === 'figures');
    expect(objective?.evidence.map((e) => [e.label, e.satisfied, e.detail])).toMatchInlineSnapshot(`
      [
        [
          "No confirmed claim contradicted by later facts",
          true,
          "The team made none (its 1 preliminary claim does not count here).",
        ],
        [
          "No claim contradicted by later facts",
          true,
          "None of the 1 claim was contradicted.",
        ],
        [
          "Claims made, and none contradicted",
          true,
          "None of the 1 claim was contradicted.",
        ],
        [
          "No confirmed claim made",
          true,
          "The team made none (its 1 preliminary claim does not count here).",
        ],
      ]
    `);
  });
});

describe('improvement plan', () => {
  it('does not tell a team that labelled its figure preliminary to label its figures', () => {
    const { report } = play('say_preliminary');
    const claims = report.improvementPlan.filter(
      (p) => p.capability === 'Public Information and Warning',
    );
    expect(claims.map((p) => `${p.issue} | ${p.action}`)).toMatchInlineSnapshot(`
      [
        "A figure labelled preliminary was revised beyond it: Affected accounts | Keep labelling figures with their confidence, as the team did; also state them as a floor or a range ("at least ...", "between ... and ...") with what may still change them, and have the revised figure and its explanation ready to publish before others report it.",
      ]
    `);
    for (const p of report.improvementPlan)
      expect(`${p.issue} ${p.action}`).not.toMatch(/carry its confidence|stated as confirmed/);
  });

  it('tells a team that stated a figure as confirmed to verify before calling it confirmed', () => {
    const { report } = play('say_confirmed');
    const claims = report.improvementPlan.filter((p) => /figure/.test(p.issue));
    expect(claims.map((p) => `${p.issue} | ${p.action}`)).toMatchInlineSnapshot(`
      [
        "A figure stated as confirmed before it was verified, then contradicted: Affected accounts | Call a figure confirmed only once the evidence behind it is verified and the incident lead signs off; until then publish it as preliminary, with a floor ("at least") and when the next update comes.",
      ]
    `);
  });

  it('drafts no claims action for a team that made no claim', () => {
    const { report } = play('say_nothing');
    expect(report.improvementPlan.filter((p) => /figure/.test(p.issue))).toEqual([]);
  });

  it("takes owners and due intervals from the scenario, in the report's language, and keeps the built-in ones elsewhere", () => {
    const { session } = playSession(scenario);
    session.expire(); // defaults to say_nothing: expired, no claim
    session.choose('lawyer_up');
    const save = session.save();
    const rows = (lang: string) =>
      buildReport(scenario, save, { lang }).improvementPlan.map(
        (p) => `${p.issue} | ${p.owner} | ${p.due} | ${p.dueDays ?? ''}`,
      );
    expect(rows('en')).toMatchInlineSnapshot(`
      [
        "1 harmful legal decision: "Wait for outside counsel" | General Counsel | 2026-04-01 | 30",
        "Report to the regulator not met | Data protection officer | 2026-03-09 | 7",
        "Decisions defaulted when time ran out | Crisis team lead | 2026-05-01 | 60",
        "Notify on time: unable to be performed | Exercise director | 2026-04-16 | 45",
      ]
    `);
    const { report } = play('say_confirmed', 'file_report', 'ko');
    expect(report.improvementPlan.map((p) => `${p.owner} | ${p.dueDays ?? ''}`))
      .toMatchInlineSnapshot(`
      [
        "홍보팀장 | 14",
        "Data protection officer | 7",
        "Press lead | 21",
        "Exercise director | 90",
        "Exercise director | 45",
      ]
    `);
  });
});
