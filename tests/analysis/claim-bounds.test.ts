/**
 * The exhaustive analysis of bound claims, regulator filings and a fact's own tolerance, against
 * every playthrough enumerated one by one and xstate's own traversal with the same state key.
 */
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { analyze, createStateKey } from '../../src/analysis/index';
import { scoreState } from '../../src/debrief/score';
import { compileRules, createScenarioMachine } from '../../src/engine/index';
import type { EngineEvent, GameState } from '../../src/engine/types';
import { loadFixture } from './load-fixture';

const scenario = loadFixture('claim-bounds');
const rules = compileRules(scenario, { notices: false });

function enumerate(): GameState[] {
  const finals: GameState[] = [];
  const walk = (state: GameState): void => {
    if (state.ending !== null) {
      finals.push(state);
      return;
    }
    for (const choice of rules.available(state)) walk(rules.step(state, { type: 'player.choose', choice: choice.id }).state);
  };
  walk(rules.initial(0).state);
  return finals;
}

describe('analyze: claims', () => {
  const analysis = analyze(scenario);
  const finals = enumerate();

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
    const keyOf = createStateKey(scenario);
    const paths = getShortestPaths(createScenarioMachine(scenario), {
      input: { seed: 0 },
      events: (snapshot): EngineEvent[] =>
        snapshot.context.game.ending !== null ? [] : rules.available(snapshot.context.game).map((c) => ({ type: 'player.choose', choice: c.id })),
      serializeState: (snapshot) => keyOf(snapshot.context.game),
    });
    expect(analysis.states).toBe(paths.length);
  });
});
