/**
 * The exhaustive analysis of bound claims, regulator filings and a fact's own tolerance, against
 * every playthrough enumerated one by one and xstate's own traversal with the same state key.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { scoreState } from '../../src/debrief/score';
import { compileRules } from '../../src/engine/index';
import { enumerateFinals, xstateStateCount } from './enumerate';
import { loadFixture } from './load-fixture';

const scenario = loadFixture('claim-bounds');
const rules = compileRules(scenario, { notices: false });

describe('analyze: claims', () => {
  const analysis = analyze(scenario);
  const finals = enumerateFinals(rules);

  it('reaches each ending by as many playthroughs as enumeration, every ending reachable', () => {
    expect(analysis.paths.total).toBe(BigInt(finals.length));
    for (const ending of analysis.endings) {
      const count = finals.filter((s) => s.ending === ending.id).length;
      expect(count).toBeGreaterThan(0);
      expect(ending.paths).toBe(BigInt(count));
    }
  });

  it('finds the best and worst scores and the meter ranges that enumeration finds', () => {
    const scores = finals.map((s) => scoreState(scenario, s).overall);
    expect(analysis.score.exact).toBe(true);
    if (!analysis.score.exact) return;
    expect(analysis.score.best?.score).toBe(Math.max(...scores));
    expect(analysis.score.worst?.score).toBe(Math.min(...scores));
    for (const ending of analysis.endings) {
      const here = finals.filter((s) => s.ending === ending.id);
      for (const meter of scenario.meters) {
        const values = here.map((s) => s.meters[meter.id]!);
        expect(ending.meters?.[meter.id]).toEqual({ min: Math.min(...values), max: Math.max(...values) });
      }
    }
  });

  it('finds as many states as xstate getShortestPaths with the same key', () => {
    expect(analysis.states).toBe(xstateStateCount(rules));
  });
});
