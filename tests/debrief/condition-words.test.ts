/** Issue #16, point 10: conditions shown to people are words, never source. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionValues, conditionWords } from '../../src/debrief/condition-words.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import type { Expr, Scenario } from '../../src/scenario/types.ts';

/** The parsed condition of ending `id` in the fixture. */
function condition(id: string): Expr {
  const when = scenario.endings.find((ending) => ending.id === id)?.when;
  if (!when) throw new Error(`no condition on ending ${id}`);
  return when.expr;
}

const scenario = loadScenario(readFileSync(resolve(import.meta.dirname, '../fixtures/debrief/condition-words.yaml'), 'utf8')).scenario as Scenario;

describe('conditionWords', () => {
  it('names meters, flags and deadlines in words, never by id or operator', () => {
    expect(conditionWords(scenario, condition('a'))).toBe('Customer trust is at least 50');
    expect(conditionWords(scenario, condition('b'))).toBe('It is not so that the company claimed more than it knew');
    expect(conditionWords(scenario, condition('c'))).toBe('Members have been told and (Customer trust is above 40 or \u201cReport to the regulator\u201d was met)');
  });

  it('gives the values it looked at by their labels', () => {
    const state = { meters: { trust: 42 }, flags: { overclaimed: false }, facts: {}, time: 3 } as never;
    expect(conditionValues(scenario, condition('d'), state)).toEqual(['The company claimed more than it knew: no', 'Customer trust 42']);
  });
});
