/**
 * Independent answers for the analysis on scenarios small enough to enumerate: every complete
 * playthrough walked one by one through the engine, and xstate's own graph traversal.
 */
import { getShortestPaths } from 'xstate/graph';
import { createStateKey } from '../../src/analysis/index';
import { createScenarioMachine, type Rules } from '../../src/engine/index';
import type { EngineEvent, GameState } from '../../src/engine/types';

/** Every complete playthrough's final state, by brute force. */
export function enumerateFinals(rules: Rules): GameState[] {
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

/** How many distinct states xstate's getShortestPaths finds on the scenario machine, keyed as the analysis keys them. */
export function xstateStateCount(rules: Rules): number {
  const keyOf = createStateKey(rules.scenario);
  const paths = getShortestPaths(createScenarioMachine(rules.scenario), {
    input: { seed: 0 },
    events: (snapshot): EngineEvent[] =>
      snapshot.context.game.ending !== null ? [] : rules.available(snapshot.context.game).map((c) => ({ type: 'player.choose', choice: c.id })),
    serializeState: (snapshot) => keyOf(snapshot.context.game),
  });
  return paths.length;
}
