/**
 * The order a decision's choices are shown in. Authors tend to list the recommended move first,
 * so file order would let a room win by always pressing 1: each decision is shuffled per session
 * (the seed) and per visit of its beat. The order is derived from the seed, the beat id and the
 * beat's visit count alone, with a generator of its own: the game state's `rng` is never rolled,
 * so states, saves, replays and the analysis are the same as without shuffling, and every view
 * (projector, console, terminal, workshop) computes the same order from the same state.
 */
import { visitNumber } from './kept-visits';
import { hashSource } from '../scenario/hash';
import type { Choice, Decision } from '../scenario/types';
import { pickIndex, seedRng } from './rng';
import type { Rules } from './rules';
import type { GameState } from './types';

/**
 * The shown order of a decision's choices, as indexes into `decision.choices`: the identity when
 * the decision's `order` is `fixed`, else a permutation of all its choices (available or not, so
 * a choice keeps its place whichever others its condition hides) fixed by `seed`, `beat` and
 * `visit` (how many times the beat has been entered).
 */
export function choiceOrder(decision: Decision, seed: number, beat: string, visit: number): readonly number[] {
  const order = decision.choices.map((_, index) => index);
  if (decision.order === 'fixed') return order;
  let rng = seedRng(orderSeed(seed, beat, visit));
  // Fisher-Yates, drawing from the order's own generator.
  for (let last = order.length - 1; last > 0; last--) {
    const pick = pickIndex(rng, last + 1);
    rng = pick.rng;
    const swap = order[pick.index]!;
    order[pick.index] = order[last]!;
    order[last] = swap;
  }
  return order;
}

/**
 * The choices offered in `state`, in the order the room sees them: the decision's shown order
 * with the unavailable choices left out. Number keys and menu numbers follow this list.
 */
export function shownChoices(rules: Rules, state: GameState, seed: number): readonly Choice[] {
  const offered = rules.available(state);
  if (offered.length === 0) return offered;
  return orderChoices(rules.beat(state.beat).decision, state, seed).filter((choice) => offered.includes(choice));
}

/**
 * Every choice of the beat's decision in shown order, available or not (the facilitator console
 * lists them all). Empty when the beat has no decision.
 */
export function orderChoices(decision: Decision | undefined, state: GameState, seed: number): readonly Choice[] {
  if (!decision) return [];
  return choiceOrder(decision, seed, state.beat, visitNumber(state.visits, state.beat)).map((index) => decision.choices[index]!);
}

/**
 * One 32-bit seed per session, beat and visit. The whole session seed goes into the hash as text,
 * so seeds that differ only above 32 bits still give different orders.
 */
function orderSeed(seed: number, beat: string, visit: number): number {
  return Number.parseInt(hashSource(`choice-order:${seed}:${beat}:${visit}`).slice(-8), 16) | 0;
}
