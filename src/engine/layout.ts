/**
 * Where each part of a game state sits in the engine's packed form: one Float64Array per state.
 * The first `keyWidth` slots hold everything a future step, a condition, an ending or the score
 * can observe; two states are the same to the rules exactly when those slots are equal, so they
 * are the exhaustive analysis's state key, compared and hashed without building a string. The
 * rest is history the rules never read back (the start and end hours of clocks, claims on facts
 * nothing revises, the generator state, which only rolls chance the analysis forks anyway), so a
 * state's key slots alone step to the same key slots. Visits of beats no condition
 * names are not kept at all: a packed state is as small as the rules allow, because the analysis
 * copies and compares them by the million.
 */
import { referencesOf } from '../scenario/references';
import type { Scenario } from '../scenario/types';
import { compile } from './compiled';
import { seedRng } from './rng';

/** A yes/no part of the state: one bit of a slot (flags, triggers checked, choices taken). */
export interface Bit {
  readonly slot: number;
  readonly mask: number;
}

/** Bits per slot: kept below 2^30 so a slot's bits are a small positive whole number. */
const BITS_PER_SLOT = 30;

/** Whether a bit is set in the state at `offset` of `data`. */
export const isSet = (data: Float64Array, offset: number, bit: Bit): boolean => (data[offset + bit.slot]! & bit.mask) !== 0;

/** Sets or clears a bit of the state at `offset` of `data`. */
export function setBit(data: Float64Array, offset: number, bit: Bit, value: boolean): void {
  const word = data[offset + bit.slot]!;
  data[offset + bit.slot] = value ? word | bit.mask : word & ~bit.mask;
}

export interface Layout {
  readonly width: number;
  readonly keyWidth: number;
  readonly beat: number;
  /** The ending's index, -1 while playing. */
  readonly ending: number;
  readonly time: number;
  readonly meters: readonly number[];
  readonly flags: readonly Bit[];
  readonly facts: readonly number[];
  readonly deadlineStatus: readonly number[];
  /** The clock's start while it runs, else 0: after it is met or missed the start no longer matters. */
  readonly deadlineSince: readonly number[];
  readonly deadlineStarted: readonly number[];
  readonly deadlineResolved: readonly number[];
  readonly fired: readonly Bit[];
  /** Per choice (by index): its bit when `chose()` or the rubric names it, else null. */
  readonly chose: readonly (Bit | null)[];
  /** Per beat: its visit count's slot when `visits()` names it, else -1. */
  readonly visits: readonly number[];
  /**
   * Standing (not yet contradicted) claims per claim kind, and contradicted claims per kind (what
   * the rubric counts). In the key for claims on a fact some outcome revises; claims on any other
   * fact can never be contradicted, and their count is history.
   */
  readonly claimsOpen: readonly number[];
  readonly claimsContradicted: readonly number[];
  readonly rng: number;
  readonly rngLength: number;
}

const cache = new WeakMap<Scenario, Layout>();

export function layoutOf(scenario: Scenario): Layout {
  const known = cache.get(scenario);
  if (known) return known;
  const compiled = compile(scenario);
  const refs = referencesOf(scenario);
  let next = 0;
  const slot = (): number => next++;
  const slots = (count: number): number[] => Array.from({ length: count }, slot);
  const beat = slot();
  const ending = slot();
  const time = slot();
  const meters = slots(scenario.meters.length);
  // Yes/no parts share slots, 30 to a slot: most of a state's parts are yes/no, and every slot
  // is copied, hashed and compared for every state the analysis meets.
  let word = -1;
  let used = BITS_PER_SLOT;
  const bit = (): Bit => {
    if (used === BITS_PER_SLOT) {
      word = slot();
      used = 0;
    }
    return { slot: word, mask: 1 << used++ };
  };
  const flags = scenario.flags.map(bit);
  const fired = scenario.triggers.map(bit);
  const chose = compiled.choiceList.map((choice) => (refs.choices.has(choice.id) ? bit() : null));
  // Every fact is in the key: those no outcome revises never change, so they make no two states
  // differ, and a condition reading one needs nothing beyond the key.
  const facts = slots(scenario.facts.length);
  const deadlineStatus = slots(scenario.deadlines.length);
  const deadlineSince = slots(scenario.deadlines.length);
  const visits = scenario.beats.map((b) => (refs.visits.has(b.id) ? slot() : -1));
  const revisedKind = compiled.claimKinds.map((kind) => refs.revisedFacts.has(scenario.facts[kind.fact]!.id));
  const claimsOpen = revisedKind.map((revised) => (revised ? slot() : -1));
  const claimsContradicted = revisedKind.map((revised) => (revised ? slot() : -1));
  const keyWidth = next;
  // History: after the key.
  const fill = (list: number[]): number[] => list.map((at) => (at < 0 ? slot() : at));
  const history = {
    deadlineStarted: slots(scenario.deadlines.length),
    deadlineResolved: slots(scenario.deadlines.length),
    claimsOpen: fill(claimsOpen),
    claimsContradicted: fill(claimsContradicted),
  };
  const rngLength = seedRng(0).length;
  const rng = next;
  const layout: Layout = {
    beat,
    ending,
    time,
    meters,
    flags,
    facts,
    deadlineStatus,
    deadlineSince,
    fired,
    chose,
    visits,
    ...history,
    rng,
    rngLength,
    keyWidth,
    width: rng + rngLength,
  };
  cache.set(scenario, layout);
  return layout;
}
