import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/scenario/schema';
import { declaredIds } from '../../../src/ui/workshop/scenario-ids';
import { suggest } from '../../../src/ui/workshop/suggestions';
import { yamlContext } from '../../../src/ui/workshop/yaml-context';

const SCENARIO = `meters:
  - { id: trust, label: Public trust }
flags:
  - { id: notified }
roles:
  - { id: press_officer, brief: Talks to the press }
beats:
  - id: first
    title: First reports
    decision:
      choices:
        - { id: notify, next: second }
  - id: second
    title: The regulator calls
`;

/** The labels offered where `|` stands, after SCENARIO. */
function offered(tail: string): string[] {
  const text = SCENARIO + tail;
  const offset = text.indexOf('|');
  const clean = text.replace('|', '');
  const context = yamlContext(clean, offset);
  if (!context) return [];
  return suggest(scenarioSchema, context, declaredIds(clean))?.options.map((o) => o.label) ?? [];
}

describe('suggest', () => {
  it('offers the schema\'s keys, required ones marked, with their documentation', () => {
    const context = yamlContext('meters:\n  - id: x\n    ', 22)!;
    const options = suggest(scenarioSchema, context, [])!.options;
    expect(options.map((o) => o.label)).toEqual(['id', 'label', 'description', 'min', 'max', 'start', 'good', 'headline', 'bands']);
    expect(options.find((o) => o.label === 'good')).toMatchObject({ apply: 'good: ', info: 'Which end is good: high for trust, low for liability.' });
    expect(options.find((o) => o.label === 'min')?.detail).toBe('required');
  });

  it('offers the scenario\'s beats after next, with end', () => {
    expect(offered('  - id: third\n    decision:\n      choices:\n        - id: x\n          next: |')).toEqual(['first', 'second', 'third', 'end']);
  });

  it('offers meters, flags and condition functions in a condition, and beats inside visits()', () => {
    expect(offered('endings:\n  - when: "|')).toEqual(['trust', 'notified', 'visits', 'chose', 'met', 'missed', 'deficient', 'fired', 'and', 'or', 'not']);
    expect(offered('endings:\n  - when: "visits(|')).toEqual(['first', 'second']);
    expect(offered('endings:\n  - when: "chose(no|')).toEqual(['notify']);
  });

  it('offers meters as the keys of effects, flags under set, roles under to, and enum words', () => {
    expect(offered('  - id: third\n    decision:\n      choices:\n        - { id: y, effects: { |')).toEqual(['trust']);
    expect(offered('  - id: third\n    decision:\n      choices:\n        - { id: y, set: { |')).toEqual(['notified']);
    expect(offered('  - id: third\n    injects:\n      - to: [|')).toEqual(['ceo', 'legal', 'ciso', 'comms', 'press_officer']);
    expect(offered('  - id: third\n    decision:\n      choices:\n        - id: y\n          rating: |')).toEqual(['recommended', 'acceptable', 'harmful']);
    expect(offered('  - id: third\n    decision:\n      choices:\n        - id: y\n          category: |')).toEqual(['disclosure', 'leadership', 'legal']);
  });
});
