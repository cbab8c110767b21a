import type { Rules } from '../engine/index';
import type { GameState, StepResult } from '../engine/types';

export interface PlayFrom {
  readonly beat: string;
  /** Meter values to set on arrival (clamped to each meter's range); others keep their values. */
  readonly meters?: Readonly<Record<string, number>>;
  /** Flag values to set on arrival. */
  readonly flags?: Readonly<Record<string, boolean>>;
  readonly seed?: number;
}

/**
 * A state to play from: the exercise starts, the facilitator jumps to `beat` (which enters it as
 * the rules enter any beat: injects, `on_enter`, clocks), and then the given meters and flags are
 * set, as an instructor testing "what if the team arrives here with trust at 20?" wants. The rules
 * stay in the engine: this only composes `initial`, the `facilitator.jump` event and plain data.
 */
export function stateAt(rules: Rules, from: PlayFrom): StepResult {
  const start = rules.initial(from.seed ?? 1);
  const jumped = from.beat === start.state.beat ? start : rules.step(start.state, { type: 'facilitator.jump', beat: from.beat });
  if (!jumped.accepted) return jumped;
  const meters: Record<string, number> = { ...jumped.state.meters };
  for (const meter of rules.scenario.meters) {
    const wanted = from.meters?.[meter.id];
    if (wanted !== undefined && Number.isFinite(wanted)) meters[meter.id] = Math.min(meter.max, Math.max(meter.min, Math.round(wanted)));
  }
  const flags: Record<string, boolean> = { ...jumped.state.flags };
  for (const flag of rules.scenario.flags) {
    const wanted = from.flags?.[flag.id];
    if (wanted !== undefined) flags[flag.id] = wanted;
  }
  const state: GameState = { ...jumped.state, meters, flags };
  return { ...jumped, state };
}

/**
 * Plays a list of choice ids from the start (Continues are taken where a beat has no decision),
 * as the analysis and randomtest report routes. Stops at the first refusal.
 */
export function followChoices(rules: Rules, choices: readonly string[], seed = 1): { state: GameState; accepted: boolean; reason?: string } {
  let state = rules.initial(seed).state;
  let index = 0;
  for (let guard = 0; guard < 100_000 && state.ending === null; guard++) {
    const beat = rules.beat(state.beat);
    if (beat.decision && index >= choices.length) break;
    const result = beat.decision ? rules.step(state, { type: 'player.choose', choice: choices[index++]! }) : rules.step(state, { type: 'player.continue' });
    if (!result.accepted) return { state, accepted: false, reason: result.reason ?? 'refused' };
    state = result.state;
  }
  return { state, accepted: index === choices.length };
}
