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
import { outcomesOf, referencesOf } from '../scenario/references';
import { contradictableKinds } from './contradictable';
import type { Scenario } from '../scenario/types';
import { claimBounds, latestHour, visitBounds } from './bounds';
import { compile } from './compiled';
import { memoByScenario } from './memo-by-scenario';
import { seedRng } from './rng';
import { DEFICIENT, MISSED } from './store';

/** A yes/no part of the state: one bit of a slot (flags, triggers checked, choices taken). */
export interface Bit {
  readonly slot: number;
  readonly mask: number;
}

/**
 * A numeric part of the state. When its values are whole multiples of `unit` in a known range (a
 * meter whose bounds, start and changes are whole, a beat index, a count with a bound, the clock
 * when every beat's hour is a multiple of a quarter, say), it takes `mask`'s bits of a slot, from
 * bit `shift`, stored as the number of units above `min` units; otherwise (`mask` 0) it has a
 * whole slot to itself, holding any number.
 */
export interface Field {
  readonly slot: number;
  readonly shift: number;
  readonly mask: number;
  readonly min: number;
  /** 1, or a power of two below 1 (exact both ways) for hours like 0.75. */
  readonly unit: number;
}

/** Bits per slot: kept below 2^30 so a slot's bits are a small positive whole number. */
const BITS_PER_SLOT = 30;

/** The units hours may be counted in, coarsest first: all powers of two, so exact. */
const HOUR_UNITS = [1, 1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32, 1 / 64];

/** A field's value in the state at `offset` of `data`. */
export const readField = (data: Float64Array, offset: number, field: Field): number =>
  field.mask === 0 ? data[offset + field.slot]! : (((data[offset + field.slot]! >>> field.shift) & field.mask) + field.min) * field.unit;

/**
 * Writes a field of the state at `offset` of `data`. A value outside the field's range would
 * spill into its neighbours, so it is refused: that would mean the range analysis below is wrong.
 */
export function writeField(data: Float64Array, offset: number, field: Field, value: number): void {
  const at = offset + field.slot;
  if (field.mask === 0) {
    data[at] = value;
    return;
  }
  const stored = (field.unit === 1 ? value : value / field.unit) - field.min;
  // One test for all three: a fraction, a negative or a too-large number changes under the mask.
  if ((stored & field.mask) !== stored) throw new RangeError(`packed state: ${value} is outside its field's range`);
  data[at] = (data[at]! & ~(field.mask << field.shift)) | (stored << field.shift);
}

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
  readonly beat: Field;
  /** The ending's index, -1 while playing. */
  readonly ending: Field;
  /** The beat an open detour interrupted, -1 when none; null in a scenario without detours. */
  readonly returnTo: Field | null;
  readonly time: Field;
  readonly meters: readonly Field[];
  readonly flags: readonly Bit[];
  readonly facts: readonly number[];
  readonly deadlineStatus: readonly Field[];
  /** The clock's start while it runs, else 0: after it is met or missed the start no longer matters. */
  readonly deadlineSince: readonly Field[];
  readonly deadlineStarted: readonly number[];
  /**
   * Per meter some outcome can cap (floor): the limit in force, as 0 for none or 1 + its index in
   * `capValues` (`floorValues`), the distinct limits the scenario's outcomes put on that meter;
   * null for a meter nothing limits, which costs the key nothing.
   */
  readonly caps: readonly (Field | null)[];
  readonly floors: readonly (Field | null)[];
  readonly capValues: readonly (readonly number[])[];
  readonly floorValues: readonly (readonly number[])[];
  readonly deadlineResolved: readonly number[];
  readonly fired: readonly Bit[];
  /** Per choice (by index): its bit when `chose()` or the rubric names it, else null. */
  readonly chose: readonly (Bit | null)[];
  /** Per beat: its visit count when `visits()` names it, else null (not kept). */
  readonly visits: readonly (Field | null)[];
  /**
   * Standing (not yet contradicted) claims per claim kind, and contradicted claims per kind (what
   * the rubric counts). In the key for kinds some outcome's revision contradicts; any other kind
   * (a fact nothing revises, a bound every revision falls inside) is never contradicted, and its
   * count is history, unless the rubric counts claims made at its confidence (then the standing
   * count is kept).
   */
  readonly claimsOpen: readonly Field[];
  readonly claimsContradicted: readonly Field[];
  readonly rng: number;
  readonly rngLength: number;
}

function buildLayout(scenario: Scenario): Layout {
  const compiled = compile(scenario);
  const refs = referencesOf(scenario);
  let next = 0;
  const slot = (): number => next++;
  const slots = (count: number): number[] => Array.from({ length: count }, slot);
  // Small parts share slots, 30 bits to a slot: every slot of the key is copied, hashed and
  // compared for every state the analysis meets, and most parts need a few bits.
  let word = -1;
  let used = BITS_PER_SLOT;
  const take = (bits: number): { slot: number; shift: number } => {
    if (used + bits > BITS_PER_SLOT) {
      word = slot();
      used = 0;
    }
    used += bits;
    return { slot: word, shift: used - bits };
  };
  const bit = (): Bit => {
    const at = take(1);
    return { slot: at.slot, mask: 1 << at.shift };
  };
  const wholeSlot = (): Field => ({ slot: slot(), shift: 0, mask: 0, min: 0, unit: 1 });
  /**
   * A field for the multiples of `unit` from `min` to `max` (both multiples), or a whole slot when
   * the values are not known to be such multiples or the range is unbounded.
   */
  const field = (min: number, max: number, whole: boolean, unit = 1): Field => {
    const [low, high] = [min / unit, max / unit];
    const span = high - low;
    if (!whole || !Number.isInteger(low) || !Number.isInteger(high) || span >= 2 ** BITS_PER_SLOT - 1) return wholeSlot();
    const bits = Math.max(1, Math.ceil(Math.log2(span + 1)));
    const at = take(bits);
    return { slot: at.slot, shift: at.shift, mask: 2 ** bits - 1, min: low, unit };
  };
  /** A count from 0 up to `bound` (Infinity when it has none). */
  const count = (bound: number): Field => field(0, bound, Number.isFinite(bound));
  // The clock only ever reads a beat's hour (or 0), and so does a clock's start: in units of the
  // coarsest power of two that makes every hour whole (1, or 1/4 for hours like 0.75).
  // A relative beat's hours add to the clock: they must be whole units too, and the latest
  // hour is bounded by how often they can be added (see latestHour).
  const hours = scenario.beats.map((b) => b.after ?? b.at);
  const hourUnit = HOUR_UNITS.find((unit) => hours.every((hour) => Number.isInteger(hour / unit)));
  const visitBound = visitBounds(scenario);
  const lastHour = latestHour(scenario, visitBound);
  const wholeHours = hourUnit !== undefined && hours.every((hour) => hour >= 0) && Number.isFinite(lastHour);
  const changes = outcomesOf(scenario).flatMap((outcome) => outcome.meters);
  const beat = field(-1, scenario.beats.length - 1, true);
  const ending = field(-1, scenario.endings.length - 1, true);
  const returnTo = scenario.beats.some((b) => b.detour) ? field(-1, scenario.beats.length - 1, true) : null;
  const time = field(0, lastHour, wholeHours, hourUnit);
  const meters = scenario.meters.map((meter) => {
    // Whole bounds, start and changes keep a meter whole: `fair` truncates and the credibility
    // penalty rounds, and clamping keeps it within its bounds.
    const whole = [meter.min, meter.max, meter.start].every(Number.isInteger) && changes.every((change) => change.meter !== meter.id || change.op === 'fair' || Number.isInteger(change.op === 'add' ? change.amount : change.value));
    return field(Math.min(meter.min, meter.start), Math.max(meter.max, meter.start), whole);
  });
  const flags = scenario.flags.map(bit);
  const fired = scenario.triggers.map(bit);
  const chose = compiled.choiceList.map((choice) => (refs.choices.has(choice.id) ? bit() : null));
  // The status `deficient` (4) needs a third bit, so only a scenario with a `deficient_when` pays it.
  const lastStatus = scenario.deadlines.some((deadline) => deadline.deficientWhen !== undefined) ? DEFICIENT : MISSED;
  const deadlineStatus = scenario.deadlines.map(() => field(0, lastStatus, true));
  const deadlineSince = scenario.deadlines.map(() => field(0, lastHour, wholeHours, hourUnit));
  const limitValues = (of: 'caps' | 'floors'): number[][] =>
    scenario.meters.map((meter) => [...new Set(outcomesOf(scenario).flatMap((block) => (block[of]?.[meter.id] === undefined ? [] : [block[of][meter.id]!])))].sort((a, b) => a - b));
  const capValues = limitValues('caps');
  const floorValues = limitValues('floors');
  const caps = capValues.map((values) => (values.length === 0 ? null : field(0, values.length, true)));
  const floors = floorValues.map((values) => (values.length === 0 ? null : field(0, values.length, true)));
  // Every fact is in the key: those no outcome revises never change, so they make no two states
  // differ, and a condition reading one needs nothing beyond the key.
  const facts = slots(scenario.facts.length);
  const visits = scenario.beats.map((b, at) => (refs.visits.has(b.id) ? count(visitBound[at]!) : null));
  const claimBound = claimBounds(compiled, visitBound);
  const revisedKind = contradictableKinds(scenario, compiled.claimKinds);
  // Claims the rubric counts as made (`claims: held` or `none`) are observed on any fact.
  const countedKind = compiled.claimKinds.map((kind, index) => revisedKind[index]! || refs.countedClaims.has(kind.confidence));
  const claimsOpen = countedKind.map((counted, kind) => (counted ? count(claimBound[kind]!) : null));
  const claimsContradicted = revisedKind.map((revised, kind) => (revised ? count(claimBound[kind]!) : null));
  const keyWidth = next;
  // History: after the key.
  const fill = (list: (Field | null)[]): Field[] => list.map((known) => known ?? wholeSlot());
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
    returnTo,
    time,
    meters,
    flags,
    facts,
    deadlineStatus,
    deadlineSince,
    caps,
    floors,
    capValues,
    floorValues,
    fired,
    chose,
    visits,
    ...history,
    rng,
    rngLength,
    keyWidth,
    width: rng + rngLength,
  };
  return layout;
}

/** A scenario's packed-state layout, built once per scenario object. */
export const layoutOf: (scenario: Scenario) => Layout = memoByScenario(buildLayout);
