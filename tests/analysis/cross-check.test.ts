/**
 * The analysis against independent answers on a generated scenario small enough to enumerate:
 * every playthrough walked one by one through the engine, and xstate's own graph traversal.
 */
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { analyze, createStateKey, generateScenario } from '../../src/analysis/index';
import { scoreState } from '../../src/debrief/score';
import { compileRules, createScenarioMachine } from '../../src/engine/index';
import type { EngineEvent, GameState } from '../../src/engine/types';

const scenario = generateScenario({ decisions: 5, choicesPerDecision: 3, meterMax: 20, seed: 3 });
const rules = compileRules(scenario, { notices: false });

/** Every complete playthrough, by brute force. */
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

describe('analyze, cross-checked', () => {
  const analysis = analyze(scenario);
  const finals = enumerate();

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
