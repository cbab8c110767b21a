import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { diagnose, fixture } from './diagnose';

describe('loadScenario: the debrief settings (claims evidence, improvement_plan)', () => {
  it('reports unknown categories, deadlines and objectives in the plan with the closest id', () => {
    expect(diagnose('improvement-plan-unknown-ids')).toMatchInlineSnapshot(`
      [
        "38:5-38:14 error CR309 unknown category 'discloser'; did you mean 'disclosure'? @ improvement_plan.categories.discloser",
        "40:5-40:11 error CR306 unknown deadline 'report'; declare it under deadlines @ improvement_plan.deadlines.report",
        "42:5-42:11 error CR308 unknown objective 'on_tme'; did you mean 'on_time'? @ improvement_plan.objectives.on_tme",
      ]
    `);
  });

  it('reports a misspelt key and a due interval below one day', () => {
    expect(diagnose('improvement-plan-bad-values')).toMatchInlineSnapshot(`
      [
        "32:13-32:17 error CR203 unknown key 'ower' in planAssignment; did you mean 'owner'? @ improvement_plan.claims.ower",
        "33:49-33:50 error CR206 due_days must be at least 1, not 0 @ improvement_plan.expired.due_days",
      ]
    `);
  });

  it('reports a claims test or confidence that is not one of the words', () => {
    expect(diagnose('claims-evidence-bad-confidence')).toMatchInlineSnapshot(`
      [
        "36:49-36:54 error CR204 'guess' is not a valid confidence; use one of: confirmed, preliminary, estimate @ rubric[0].evidence[0].confidence[1]",
        "37:19-37:28 error CR204 'sometimes' is not a valid claims; use one of: accurate, held, none @ rubric[0].evidence[1].claims",
      ]
    `);
  });

  it('reads the claims tests, confidences and plan settings, texts in every language', () => {
    const { scenario, diagnostics } = loadScenario(fixture('improvement-plan-valid'), {
      file: 'improvement-plan-valid.yaml',
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(scenario?.rubric[0]?.evidence).toMatchInlineSnapshot(`
      [
        {
          "confidence": [
            "confirmed",
          ],
          "kind": "claims",
        },
        {
          "claims": "none",
          "confidence": [
            "preliminary",
            "estimate",
          ],
          "kind": "claims",
        },
        {
          "claims": "held",
          "kind": "claims",
        },
        {
          "kind": "claims",
        },
      ]
    `);
    expect(scenario?.improvementPlan).toMatchInlineSnapshot(`
      {
        "categories": {
          "disclosure": {
            "dueDays": 14,
            "owner": {
              "en": "Head of Communications",
              "ko": "홍보 책임자",
            },
          },
        },
        "claims": {
          "owner": {
            "en": "Press officer",
            "ko": "언론 담당",
          },
        },
        "deadlines": {},
        "expired": {
          "dueDays": 7,
        },
        "objectives": {
          "on_time": {
            "dueDays": 45,
          },
        },
      }
    `);
  });

  it('leaves the plan out when the file has none, so the built-in owners apply', () => {
    const { scenario } = loadScenario(fixture('valid-minimal'), { file: 'valid-minimal.yaml' });
    expect(scenario).not.toBeNull();
    expect(scenario?.improvementPlan).toBeUndefined();
  });
});
