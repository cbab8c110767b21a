/**
 * The analysis against independent answers on a generated scenario small enough to enumerate:
 * every playthrough walked one by one through the engine, and xstate's own graph traversal.
 */
import { describe, expect, it } from 'vitest';
import { analyze, generateScenario } from '../../src/analysis/index';
import { scoreState } from '../../src/debrief/score';
import { compileRules } from '../../src/engine/index';
import { enumerateFinals, xstateStateCount } from './enumerate';

const scenario = generateScenario({ decisions: 5, choicesPerDecision: 3, meterMax: 20, seed: 3 });
const rules = compileRules(scenario, { notices: false });

describe('analyze, cross-checked', () => {
  const analysis = analyze(scenario);
  const finals = enumerateFinals(rules);

  it('counts as many playthroughs as brute-force enumeration finds', () => {
    expect(analysis.paths.total).toBe(BigInt(finals.length));
    for (const ending of analysis.endings) expect(ending.paths).toBe(BigInt(finals.filter((s) => s.ending === ending.id).length));
  });

  it('finds the same best and worst scores as scoring every playthrough', () => {
    const scores = finals.map((s) => scoreState(scenario, s).overall);
    expect(analysis.score.exact).toBe(true);
    if (!analysis.score.exact) return;
    expect(analysis.score.best?.score).toBe(Math.max(...scores));
    expect(analysis.score.worst?.score).toBe(Math.min(...scores));
  });

  it('finds the same meter ranges at the endings as enumeration', () => {
    for (const ending of analysis.endings) {
      const here = finals.filter((s) => s.ending === ending.id);
      if (here.length === 0) continue;
      for (const meter of scenario.meters) {
        const values = here.map((s) => s.meters[meter.id]!);
        expect(ending.meters?.[meter.id]).toEqual({ min: Math.min(...values), max: Math.max(...values) });
      }
    }
  });

  it('finds as many states as xstate getShortestPaths on the scenario machine with the same key', () => {
    expect(analysis.states).toBe(xstateStateCount(rules));
  });
});
