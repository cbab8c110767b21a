import type { Scenario } from '../scenario/types';
import { type Driver, type Progress, dispatch } from './progress';
import { compileRules, type Rules } from './rules';
import type { EngineEvent, GameState, LogEntry } from './types';

/** A driver over the pure `step`. */
export function stepDriver(rules: Rules, seed: number): Driver {
  let state = rules.initial(seed).state;
  return {
    state: () => state,
    step(event) {
      const result = rules.step(state, event);
      state = result.state;
      return result;
    },
    rebuild(events: readonly EngineEvent[]) {
      state = rules.initial(seed).state;
      for (const event of events) state = rules.step(state, event).state;
    },
  };
}

/** Replays a log with the pure rules: the game state and session progress after it. */
export function replayLog(rules: Rules, log: readonly LogEntry[], seed: number): { state: GameState; progress: Progress } {
  const driver = stepDriver(rules, seed);
  const progress: Progress = { paused: false, ended: false, effective: [] };
  for (const entry of log) {
    if (entry.event.type === 'session.start') continue;
    dispatch(driver, progress, entry.event);
  }
  return { state: driver.state(), progress };
}

/**
 * Re-derives the game state from a session log and its seed. Deterministic: the same log gives
 * the identical state, whatever the wall-clock times in it.
 */
export function replay(scenario: Scenario, log: readonly LogEntry[], seed: number): GameState {
  return replayLog(compileRules(scenario), log, seed).state;
}
