import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashSource, loadScenario, text, type Scenario } from '../../src/scenario/index';
import { fixture } from './diagnose';

const tutorialSource = readFileSync(
  new URL('../../scenarios/tutorial.yaml', import.meta.url),
  'utf8',
);

/** The minimal fixture's plain English texts given a Korean twin, so `languages: [en, ko]` holds. */
function bilingual(source: string): string {
  return source.replace(/^(\s*-?\s*(?:summary|label|prompt|feedback|title|epilogue): )(?!\{)(.+)$/gm, '$1{ en: "$2", ko: "$2" }').replace(/label: (Low|High) \}/g, 'label: { en: $1, ko: $1 } }');
}

function load(source: string): Scenario {
  const { scenario, diagnostics } = loadScenario(source);
  expect(diagnostics).toEqual([]);
  if (scenario === null) throw new Error('expected a scenario');
  return scenario;
}

describe('loadScenario', () => {
  it('fills the documented defaults when a minimal scenario omits them', () => {
    const s = load(fixture('valid-minimal'));
    expect(s.languages).toEqual(['en']);
    expect(s.categories.map((c) => c.id)).toEqual(['disclosure', 'leadership', 'legal']);
    expect(s.meters[0]).toMatchObject({ good: 'high', headline: true });
    expect(s.credibility).toEqual({
      penalty: {},
      scale: { confirmed: 1, preliminary: 0.5, estimate: 0.25 },
      tolerance: 0.1,
    });
    expect(s.flags).toEqual([]);
    expect(s.triggers).toEqual([]);
    expect(s.beats[0]).toMatchObject({
      at: 0,
      injects: [],
      onEnter: { meters: [], flags: {}, facts: {} },
      facilitator: { questions: [] },
    });
    expect(s.meta).toMatchObject({
      version: '1.0.0',
      difficulty: 'intermediate',
      durationMinutes: 20,
    });
  });

  it('turns every written meter change into a typed change in order', () => {
    const source = fixture('valid-minimal').replace(
      'effects: { trust: 5 }',
      'effects: { trust: "%-20", other: "=40", third: "-3", fourth: "%+12.5" }',
    );
    const withMeters = source.replace(
      'start: first',
      [
        '  - { id: other, label: O, min: 0, max: 100, start: 0, bands: [{ from: 0, label: A }] }',
        '  - { id: third, label: T, min: 0, max: 9, start: 0, bands: [{ from: 0, label: A }] }',
        '  - { id: fourth, label: F, min: 0, max: 9, start: 0, bands: [{ from: 0, label: A }] }',
        'start: first',
      ].join('\n'),
    );
    const s = load(withMeters);
    expect(s.beats[0]?.decision?.choices[0]?.outcome.meters).toEqual([
      { meter: 'trust', op: 'fair', percent: -20 },
      { meter: 'other', op: 'set', value: 40 },
      { meter: 'third', op: 'add', amount: -3 },
      { meter: 'fourth', op: 'fair', percent: 12.5 },
    ]);
    expect(s.meters.map((m) => m.headline)).toEqual([true, true, false, false]);
  });

  it('loads the tutorial with every construct resolved', () => {
    const s = load(tutorialSource);
    expect(s.languages).toEqual(['en', 'ko']);
    expect(s.categories.at(-1)).toEqual({ id: 'customer_care', label: { en: 'Customer care', ko: '고객 보호' } });
    expect(s.beats.map((b) => b.id)).toEqual([
      'alert',
      'intrusion',
      'forensics',
      'leak_story',
      'regulator',
      'response',
    ]);
    const alert = s.beats[0];
    // The tutorial's first decision is untimed (issue #16, point 11); the regulator's carries a timer,
    // and so does the 24-hour intrusion decision since 1.9.0.
    expect(alert?.decision?.timeLimit).toBeUndefined();
    expect(s.beats[4]?.decision).toMatchObject({ timeLimit: 120, defaultChoice: 'lawyer_first' });
    expect(s.beats[1]?.decision).toMatchObject({ timeLimit: 120, defaultChoice: 'kisa_with_forensics' });
    expect(alert?.injects[1]?.variants).toHaveLength(2);
    expect(s.beats[2]).toMatchObject({
      next: 'regulator',
      onEnter: {
        facts: { affected_emails: 48000 },
        meters: [{ meter: 'liability', op: 'fair', percent: 20 }],
      },
    });
    expect(s.triggers[0]).toMatchObject({ goto: 'leak_story', chance: 1 });
    expect(s.triggers[1]?.chance).toBe(0.5);
    expect(s.deadlines[0]?.missedInject?.id).toBe('pipc_letter');
    expect(s.endings.at(-1)?.when).toBeUndefined();
    expect(s.rubric.flatMap((o) => o.evidence.map((e) => e.kind)).sort()).toEqual([
      'avoided',
      'avoided',
      'chose',
      'claims',
      'deadline',
      'deadline',
      'deadline',
      'when',
    ]);
    expect(s.optionalInjects[0]).toMatchObject({
      id: 'journalist_call',
      facilitatorNote: { en: expect.any(String) as unknown, ko: expect.any(String) as unknown },
    });
  });

  it('parses conditions into trees with names resolved to their kind', () => {
    const s = load(tutorialSource);
    expect(s.endings[0]?.when?.expr).toMatchInlineSnapshot(`
      {
        "kind": "and",
        "left": {
          "kind": "and",
          "left": {
            "kind": "and",
            "left": {
              "kind": "and",
              "left": {
                "kind": "and",
                "left": {
                  "kind": "and",
                  "left": {
                    "kind": "and",
                    "left": {
                      "kind": "and",
                      "left": {
                        "kind": "cmp",
                        "left": {
                          "id": "trust",
                          "kind": "ref",
                          "of": "meter",
                        },
                        "op": ">=",
                        "right": {
                          "kind": "num",
                          "value": 55,
                        },
                      },
                      "right": {
                        "kind": "cmp",
                        "left": {
                          "id": "liability",
                          "kind": "ref",
                          "of": "meter",
                        },
                        "op": "<=",
                        "right": {
                          "kind": "num",
                          "value": 47,
                        },
                      },
                    },
                    "right": {
                      "kind": "cmp",
                      "left": {
                        "id": "regulator",
                        "kind": "ref",
                        "of": "meter",
                      },
                      "op": ">=",
                      "right": {
                        "kind": "num",
                        "value": 70,
                      },
                    },
                  },
                  "right": {
                    "fn": "met",
                    "id": "pipc_report",
                    "kind": "call",
                  },
                },
                "right": {
                  "fn": "met",
                  "id": "kisa_report",
                  "kind": "call",
                },
              },
              "right": {
                "fn": "met",
                "id": "member_notice",
                "kind": "call",
              },
            },
            "right": {
              "fn": "met",
              "id": "promised_update",
              "kind": "call",
            },
          },
          "right": {
            "fn": "chose",
            "id": "notify_now",
            "kind": "call",
          },
        },
        "right": {
          "fn": "chose",
          "id": "ceo_apology",
          "kind": "call",
        },
      }
    `);
    expect(s.triggers[0]?.when.expr).toEqual({
      kind: 'and',
      left: { kind: 'not', operand: { kind: 'ref', of: 'flag', id: 'notice_published' } },
      right: { kind: 'cmp', op: '>=', left: { kind: 'time' }, right: { kind: 'num', value: 26 } },
    });
    // The tutorial's clocks start on visits; a fact compared as a number resolves as a fact.
    const onFact = load(tutorialSource.replace('starts_when: "visits(alert) > 0"\n    met_when: "notice_published"', 'starts_when: "affected_emails >= 1000"\n    met_when: "notice_published"'));
    expect(onFact.deadlines.find((d) => d.id === 'member_notice')?.startsWhen.expr).toMatchObject({
      left: { kind: 'ref', of: 'fact', id: 'affected_emails' },
    });
  });

  it('carries a hash of the source that changes when the source does', () => {
    const a = load(tutorialSource).hash;
    expect(a).toMatch(/^[0-9a-f]{14}$/);
    expect(load(tutorialSource).hash).toBe(a);
    expect(load(`${tutorialSource}\n# edited\n`).hash).not.toBe(a);
    expect(hashSource('')).toBe(hashSource(''));
    expect(hashSource('a')).not.toBe(hashSource('b'));
  });

  it('returns JSON-serialisable data', () => {
    const s = load(tutorialSource);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('uses the file name it is given in every diagnostic', () => {
    const { diagnostics } = loadScenario('format: 2\n', { file: 'x/y.yaml' });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(new Set(['x/y.yaml']));
  });
});

describe('text', () => {
  it('picks the requested language and falls back to the default', () => {
    const s = load(tutorialSource);
    expect(text(s.meta.title)).toBe('Tutorial: the loyalty app leak');
    expect(text(s.meta.title, 'ko')).toBe('튜토리얼: 포인트 앱 유출');
    expect(text(s.meta.title, 'fr')).toBe('Tutorial: the loyalty app leak');
    expect(text('plain', 'ko')).toBe('plain');
  });

  it('orders a map default language first whatever order the file uses', () => {
    const source = fixture('valid-minimal').replace(
      'title: Minimal',
      'languages: [en, ko]\ntitle: { ko: 최소, en: Minimal }',
    );
    // Every other text of the fixture gets its Korean too, or the check reports it (CR601).
    const s = load(bilingual(source));
    expect(Object.keys(s.meta.title)).toEqual(['en', 'ko']);
    expect(text(s.meta.title)).toBe('Minimal');
  });
});
