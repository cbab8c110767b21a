import { packedRules } from '../engine/packed';
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
  const packed = packedRules(scenario);
  const buffer = new Float64Array(packed.layout.width);
  const keyWidth = packed.layout.keyWidth;
  const codes: number[] = [];
  return (state) => {
    packed.pack(state, buffer);
    // One char per slot for whole numbers in [0, 0xfffe]; anything else written out in decimal
    // between 0xffff and ';', which no one-char slot can be, so keys stay unambiguous.
    codes.length = 0;
    for (let slot = 0; slot < keyWidth; slot++) {
      const value = buffer[slot]!;
      if (Number.isInteger(value) && value >= 0 && value < 0xffff) codes.push(value);
      else {
        codes.push(0xffff);
        const text = String(value);
        for (let at = 0; at < text.length; at++) codes.push(text.charCodeAt(at));
        codes.push(59);
      }
    }
    return String.fromCharCode.apply(null, codes);
  };
}
