import { compileRules } from '../engine/index';
import type { GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';

/** Turns a state into the string two states share exactly when the rules cannot tell them apart. */
export type StateKey = (state: GameState) => string;

/**
 * The exhaustive analysis's state key, for a GameState: the state packed by the engine (see its
 * layout.ts), and the key slots written out. It keeps everything a future step, an ending, a
 * condition or the score can observe (the beat, the ending, the clock, every meter and flag, the
 * facts some outcome revises, each deadline's status and its start while running, the triggers
 * already checked, the claims still open to contradiction and how many were contradicted, the
 * choices that `chose()` or the rubric name, the visit counts `visits()` names) and drops the
 * rest of the history. The analysis compares the packed slots directly; this string is for
 * independent traversals (xstate's `getShortestPaths`) that need a key of their own.
 */
export function createStateKey(scenario: Scenario): StateKey {
  const { packed } = compileRules(scenario, { notices: false });
  const buffer = new Float64Array(packed.layout.width);
  const keyWidth = packed.layout.keyWidth;
  return (state) => {
    packed.pack(state, buffer);
    let key = '';
    for (let slot = 0; slot < keyWidth; slot++) key += `${buffer[slot]!},`;
    return key;
  };
}
