import { describe, expect, it } from 'vitest';
import { overallScore, rateFraction, scoreState } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

describe('scoreState', () => {
  it('gives full marks when the team takes every recommended move and meets the deadline', () => {
    const { session } = playSession(scenario);
    session.choose('disclose_early');
    session.choose('file_report');
    const score = scoreState(scenario, session.state());
    expect({
      ...score,
      rubric: score.rubric.map((o) => [
        o.id,
        o.rating,
        o.evidence.map((e) => `${e.satisfied ? '+' : '-'} ${e.detail}`),
      ]),
    }).toMatchInlineSnapshot(`
      {
        "categories": [
          {
            "decisions": 1,
            "id": "disclosure",
            "label": "Disclosure",
            "points": 100,
          },
          {
            "decisions": 0,
            "id": "leadership",
            "label": "Leadership",
            "points": null,
          },
          {
            "decisions": 1,
            "id": "legal",
            "label": "Legal",
            "points": 100,
          },
        ],
        "counts": {
          "acceptable": 0,
          "harmful": 0,
          "recommended": 2,
        },
        "decisions": 100,
        "ending": 75,
        "endingId": "steady",
        "endingTone": "good",
        "objectives": 83.5,
        "overall": 90,
        "partial": false,
        "rubric": [
          [
            "notify",
            "P",
            [
              "+ Met by the team's decision at hour 24 (clock started hour 0, 72 h allowed).",
              "+ Taken at "The forensic report".",
            ],
          ],
          [
            "honest",
            "S",
            [
              "- 1 of 1 claim was contradicted by later facts.",
              "+ Not taken.",
              "+ Held at the end: Public trust 40.",
            ],
          ],
        ],
        "unknownChoices": [],
      }
    `);
  });

  it('rates objectives from the share of evidence satisfied when the team stalls and over-claims', () => {
    const { session } = playSession(scenario);
    session.expire();
    session.choose('lawyer_up');
    const score = scoreState(scenario, session.state());
    expect(score.overall).toBe(overallScore(score.decisions, score.objectives, score.ending));
    expect(
      score.rubric.map((o) => [
        o.id,
        o.rating,
        o.satisfied,
        o.total,
        o.evidence.map((e) => `${e.satisfied ? '+' : '-'} ${e.label}: ${e.detail}`),
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          "notify",
          "U",
          0,
          2,
          [
            "- Deadline met: Report to the regulator: Not met: the clock started hour 0 and was still running when the exercise ended.",
            "- Chose "File the report now": Not taken.",
          ],
        ],
        [
          "honest",
          "S",
          2,
          3,
          [
            "+ No claim contradicted by later facts: No claims about figures were made, in public or in a filing to the regulator.",
            "- Avoided "Say nothing yet": Taken at "Complaints <at> the desk".",
            "+ Trust ended steady or better: Held at the end: Public trust 40.",
          ],
        ],
      ]
    `);
    expect([score.overall, score.decisions, score.objectives, score.ending, score.endingId])
      .toMatchInlineSnapshot(`
      [
        28,
        25,
        33.5,
        25,
        "storm",
      ]
    `);
  });

  it('counts a contradicted claim against the claims evidence', () => {
    const { session } = playSession(scenario);
    session.choose('disclose_early');
    session.choose('lawyer_up');
    const state = session.state();
    expect(state.claims[0]?.contradictedBy).toBeDefined();
    const honest = scoreState(scenario, state).rubric.find((o) => o.id === 'honest');
    expect(honest?.evidence.map((e) => [e.kind, e.satisfied, e.detail])).toMatchInlineSnapshot(`
      [
        [
          "claims",
          false,
          "1 of 1 claim was contradicted by later facts.",
        ],
        [
          "avoided",
          true,
          "Not taken.",
        ],
        [
          "when",
          true,
          "Held at the end: Public trust 40.",
        ],
      ]
    `);
  });

  it('scores 0, partial, when nothing was decided or settled and there is no rubric', () => {
    const { session } = playSession(scenario);
    const bare = { ...scenario, rubric: [] };
    const score = scoreState(bare, session.state());
    // No ending yet: nothing could be judged, so the partial score is 0 (not 30 from an absent rubric).
    expect([
      score.overall,
      score.partial,
      score.decisions,
      score.objectives,
      score.ending,
      score.categories.map((c) => c.points),
    ]).toEqual([0, true, 0, 100, 0, [null, null, null]]);
  });

  it('leaves out choices the scenario no longer has and lists them', () => {
    const { session } = playSession(scenario);
    session.choose('disclose_early');
    const state = { ...session.state(), chosen: [...session.state().chosen, 'retired_choice'] };
    const score = scoreState(scenario, state);
    expect(score.unknownChoices).toEqual(['retired_choice']);
    expect(score.decisions).toBe(100);
  });

  it('gives the same score for the same log', () => {
    const play = () => {
      const { session } = playSession(scenario);
      session.choose('stay_silent');
      session.choose('file_report');
      return scoreState(scenario, session.state());
    };
    expect(play()).toEqual(play());
  });
});

describe('rateFraction', () => {
  it('maps the share of evidence to P, S, M and U', () => {
    expect([
      rateFraction(3, 3),
      rateFraction(2, 3),
      rateFraction(1, 2),
      rateFraction(1, 3),
      rateFraction(0, 3),
      rateFraction(0, 0),
    ]).toEqual(['P', 'S', 'S', 'M', 'U', 'P']);
  });
});

describe('overallScore', () => {
  it('weights decisions, objectives and ending 50/30/20 and rounds half up', () => {
    expect(overallScore(100, 100, 100)).toBe(100);
    expect(overallScore(50, 67, 75)).toBe(60);
    // 0.5 * 45 = 22.5 exactly: rounds up despite float error.
    expect(overallScore(45, 0, 0)).toBe(23);
    expect(overallScore(100 / 3, 0, 0)).toBe(17);
  });
});
