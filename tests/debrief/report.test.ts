import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

/** A run with a pause, an extension, an undo and observer notes. */
function eventfulRun() {
  const { session, tick } = playSession(scenario, 'Red team');
  tick(30);
  session.pause();
  tick(600);
  session.resume();
  session.extend(60);
  tick(20);
  session.note('CEO wants to wait for <lawyers>');
  session.choose('stay_silent');
  tick(5);
  session.undo();
  tick(40);
  session.choose('disclose_early');
  tick(90);
  session.note('Good debate on the regulator');
  session.choose('lawyer_up');
  return session.save();
}

describe('buildReport', () => {
  it('times decisions from entering the beat, leaving out pauses and restarting at an undo', () => {
    const report = buildReport(scenario, eventfulRun());
    expect(
      report.decisions.map((d) => [
        d.index,
        d.beat,
        d.choice,
        d.rating,
        d.seconds,
        d.limit,
        d.expired,
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          1,
          "detection",
          "disclose_early",
          "recommended",
          40,
          120,
          false,
        ],
        [
          2,
          "scoping",
          "lawyer_up",
          "acceptable",
          90,
          null,
          false,
        ],
      ]
    `);
  });

  it('keeps the path that stands after an undo and lists what the facilitator did', () => {
    const report = buildReport(scenario, eventfulRun());
    expect(report.events.map((e) => `${e.kind}: ${e.detail}`)).toMatchInlineSnapshot(`
      [
        "pause: Paused",
        "resume: Resumed",
        "extend: Gave the room 60 more seconds",
        "undo: Undid: chose "Say nothing yet"",
      ]
    `);
    expect(report.notes.map((n) => [n.beatTitle, n.text, n.timeLabel])).toMatchInlineSnapshot(`
      [
        [
          "Complaints <at> the desk",
          "CEO wants to wait for <lawyers>",
          "Day 1 · Tue 18 Nov 2025, 09:00",
        ],
        [
          "The forensic report",
          "Good debate on the regulator",
          "Day 2 · Wed 19 Nov 2025, 09:00",
        ],
      ]
    `);
    expect([report.overview.team, report.overview.minutes, report.overview.inGameHours])
      .toMatchInlineSnapshot(`
      [
        "Red team",
        3.1,
        24,
      ]
    `);
  });

  it('draws each meter over in-game time from the notices, with the credibility penalty', () => {
    const report = buildReport(scenario, eventfulRun());
    expect(
      report.meters.map((m) => [
        m.id,
        m.final,
        m.finalBand,
        m.points.map((p) => `${p.time}:${p.value}`).join(' '),
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          "trust",
          40,
          "Steady",
          "0:50 0:60 24:40",
        ],
        [
          "liability",
          35,
          "Low",
          "0:20 24:35",
        ],
      ]
    `);
  });

  it('reports claims against the facts and the deadlines with times', () => {
    const report = buildReport(scenario, eventfulRun());
    expect(report.claims).toMatchInlineSnapshot(`
      [
        {
          "actual": 33700000,
          "audience": "public",
          "beat": "detection",
          "choice": "disclose_early",
          "choiceLabel": "Publish a preliminary notice",
          "claimed": 4500,
          "confidence": "confirmed",
          "contradicted": {
            "cause": "beat:scoping",
            "causeLabel": "on entering "The forensic report"",
            "time": 24,
            "timeLabel": "Day 2 · Wed 19 Nov 2025, 09:00",
            "value": 33700000,
          },
          "fact": "accounts",
          "factLabel": "Affected accounts",
          "said": "4,500",
          "statement": "exactly 4,500 accounts",
          "time": 0,
          "timeLabel": "Day 1 · Tue 18 Nov 2025, 09:00",
          "unit": "accounts",
        },
      ]
    `);
    expect(
      report.deadlines.map((d) => [d.id, d.status, d.startedLabel, d.dueLabel, d.resolvedLabel]),
    ).toMatchInlineSnapshot(`
      [
        [
          "regulator_report",
          "running",
          "Day 1 · Tue 18 Nov 2025, 09:00",
          "Day 4 · Fri 21 Nov 2025, 09:00",
          "",
        ],
      ]
    `);
  });

  it('drafts a summary, strengths, improvements and an improvement plan from the results', () => {
    const report = buildReport(scenario, eventfulRun());
    expect(report.executiveSummary).toMatchInlineSnapshot(`
      [
        "Team "Red team" played "Mini breach" (version 1.0.0) on 2026-03-02: 3.1 minutes of play covering 24 hours of the crisis.",
        "The exercise ended in "The storm", a poor outcome. Overall score 53/100 (decisions 75, objectives 34, ending 25).",
        "Of 2 decisions, 1 was recommended, 1 acceptable and 0 harmful. Strongest area: Disclosure (100); weakest: Legal (50).",
        "Legal deadlines: 0 of 1 met.",
        "The team made 1 claim about figures; 1 was contradicted by later facts. It said 4,500 accounts (affected accounts); the figure became 33,700,000.",
        "Objectives: 0 P, 1 S, 0 M, 1 U. Needing most attention: Notify on time.",
      ]
    `);
    expect(report.strengths.map((o) => o.title)).toMatchInlineSnapshot(`
      [
        "Complaints <at> the desk: "Publish a preliminary notice"",
      ]
    `);
    expect(report.improvements.map((o) => `${o.title}: ${o.analysis}`)).toMatchInlineSnapshot(`
      [
        "Notify on time: unable to be performed: Not done: Deadline met: Report to the regulator (Not met: the clock started hour 0 and was still running when the exercise ended); Chose "File the report now" (Not taken).",
        "Say only what you know: performed with some challenges: Done: Avoided "Say nothing yet"; Trust ended steady or better. Not done: No claim contradicted by later facts (1 of 1 claim was contradicted by later facts).",
        "Public claim contradicted: Affected accounts: "exactly 4,500 accounts": 4,500 accounts stated as confirmed Day 1 · Tue 18 Nov 2025, 09:00; it was revised to 33,700,000 Day 2 · Wed 19 Nov 2025, 09:00 (on entering "The forensic report").",
      ]
    `);
    expect(report.improvementPlan.map((p) => [p.owner, p.due, p.action])).toMatchInlineSnapshot(`
      [
        [
          "General Counsel",
          "2026-04-01",
          "Put this clock (72 h) in the incident runbook: who starts it, who files, and a pre-approved template.",
        ],
        [
          "Head of Communications",
          "2026-04-01",
          "Call a figure confirmed only once the evidence behind it is verified and the incident lead signs off; until then publish it as preliminary, with a floor ("at least") and when the next update comes.",
        ],
        [
          "Exercise director",
          "2026-05-31",
          "Re-exercise "Notify on time" (Public Information and Warning) after the actions above are in place.",
        ],
      ]
    `);
  });

  it('drafts one corrective action per move category with harmful decisions, naming the recommended move', () => {
    const { session } = playSession(scenario);
    session.expire();
    session.choose('file_report');
    const report = buildReport(scenario, session.save());
    expect(report.improvementPlan).toMatchInlineSnapshot(`
      [
        {
          "action": "Update the disclosure playbook with the recommended moves (at "Complaints <at> the desk", "Publish a preliminary notice") and rehearse them at the next exercise.",
          "capability": "Disclosure",
          "due": "2026-04-01",
          "dueDays": 30,
          "issue": "1 harmful disclosure decision: "Say nothing yet"",
          "owner": "Head of Communications",
        },
        {
          "action": "Agree decision rights and a delegation of authority in advance, so the crisis team can decide within the time box.",
          "capability": "Operational Coordination",
          "due": "2026-05-01",
          "dueDays": 60,
          "issue": "Decisions defaulted when time ran out",
          "owner": "Crisis team lead",
        },
      ]
    `);
    expect(report.improvements.map((o) => o.title)).toMatchInlineSnapshot(`
      [
        "Say only what you know: performed with some challenges",
      ]
    `);
  });

  it('lists the discussion questions of the beats played, in order', () => {
    const report = buildReport(scenario, eventfulRun());
    expect(report.questions).toMatchInlineSnapshot(`
      [
        {
          "beat": "detection",
          "questions": [
            "Who owns the first statement?",
          ],
          "title": "Complaints <at> the desk",
        },
        {
          "beat": "scoping",
          "questions": [
            "What changed when the number grew?",
            "Who tells the board?",
          ],
          "title": "The forensic report",
        },
      ]
    `);
  });

  it('warns when the scenario changed since the run and keeps the frozen state', () => {
    const save = eventfulRun();
    const edited = {
      ...scenario,
      hash: 'f'.repeat(64),
      meta: { ...scenario.meta, version: '1.1.0' },
    };
    const report = buildReport(edited, save);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(
      /changed since this session was played \(played on version 1\.0\.0/,
    );
    expect(report.overview.hash).toBe(save.scenario.hash);
    expect(report.score).toEqual(buildReport(scenario, save).score);
    expect(buildReport(scenario, save).warnings).toEqual([]);
  });

  it('marks where the team left the best path', () => {
    const report = buildReport(scenario, eventfulRun(), {
      bestPath: ['disclose_early', 'file_report'],
    });
    expect(report.bestPath).toMatchInlineSnapshot(`
      {
        "divergedAt": 1,
        "kind": "best",
        "score": null,
        "steps": [
          {
            "beat": "detection",
            "beatTitle": "Complaints <at> the desk",
            "choice": "disclose_early",
            "label": "Publish a preliminary notice",
            "rating": "recommended",
            "teamChoice": "disclose_early",
            "teamLabel": "Publish a preliminary notice",
          },
          {
            "beat": "scoping",
            "beatTitle": "The forensic report",
            "choice": "file_report",
            "label": "File the report now",
            "rating": "recommended",
            "teamChoice": "lawyer_up",
            "teamLabel": "Wait for outside counsel",
          },
        ],
      }
    `);
  });

  it('says an unfinished session gives an interim report', () => {
    const { session } = playSession(scenario);
    session.choose('disclose_early');
    const report = buildReport(scenario, session.save());
    expect(report.warnings).toEqual(['The session was not finished: this is an interim report.']);
    expect(report.ending).toBeNull();
  });
});

describe('recommendedPath', () => {
  it('takes the recommended choice at every decision and scores the playthrough', async () => {
    const { recommendedPath, scoreState } = await import('../../src/debrief/index');
    const model = recommendedPath(scenario, 7);
    expect(model).toEqual({ choices: ['disclose_early', 'file_report'], score: 90 });
    const { session } = playSession(scenario);
    for (const id of model.choices) session.choose(id);
    expect(scoreState(scenario, session.state()).overall).toBe(model.score);
  });
});
