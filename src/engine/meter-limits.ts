/**
 * Lasting caps and floors on meters. An outcome's `cap: { trust: 55 }` puts a ceiling on trust
 * from then on: the meter drops to it if above, and no later change lifts it higher; `floor` is
 * the same from below. A lower cap wins over a higher one and a higher floor over a lower one, so
 * a limit only ever tightens. While limits are in force the meter's range is narrowed to them, and
 * every change (plain add, fair add, set, a credibility penalty) clamps to the narrowed range, a
 * fair add measuring its distance to the narrowed bound. Should a floor lie above a cap, the floor
 * wins.
 */
import type { Compiled, CompiledOutcome, MeterRange } from './compiled';
import type { Store } from './store';

/** The range a meter's changes clamp to now: its declared range, narrowed by the limits in force. */
export function rangeNow<S extends Store>(compiled: Compiled<S>, store: S, meter: number): MeterRange {
  const declared = compiled.meterRanges[meter]!;
  // Only meters some outcome can limit pay for the lookups (compiled.limited).
  if (!compiled.limited[meter]) return declared;
  const cap = store.cap(meter);
  const floor = store.floor(meter);
  if (cap === Infinity && floor === -Infinity) return declared;
  const min = Math.max(declared.min, floor);
  return { min, max: Math.max(min, Math.min(declared.max, cap)) };
}

/** Brings a meter inside its narrowed range after a limit tightened, and reports the move. */
function enforce<S extends Store>(compiled: Compiled<S>, store: S, meter: number, cause: string): void {
  const { min, max } = rangeNow(compiled, store, meter);
  const from = store.meter(meter);
  const to = from > max ? max : from < min ? min : from;
  if (to === from) return;
  store.setMeter(meter, to);
  store.notices?.push({ kind: 'meter', meter: compiled.scenario.meters[meter]!.id, from, to, cause });
}

/** Puts an outcome's caps and floors in force (each only if stricter than the one in force). */
export function applyLimits<S extends Store>(compiled: Compiled<S>, store: S, outcome: CompiledOutcome): void {
  const { caps, floors, cause } = outcome;
  for (let at = 0; at < caps.length; at++) {
    const { meter, value } = caps[at]!;
    if (value >= store.cap(meter)) continue;
    store.setCap(meter, value);
    store.notices?.push({ kind: 'limit', meter: compiled.scenario.meters[meter]!.id, bound: 'cap', value, cause });
    enforce(compiled, store, meter, cause);
  }
  for (let at = 0; at < floors.length; at++) {
    const { meter, value } = floors[at]!;
    if (value <= store.floor(meter)) continue;
    store.setFloor(meter, value);
    store.notices?.push({ kind: 'limit', meter: compiled.scenario.meters[meter]!.id, bound: 'floor', value, cause });
    enforce(compiled, store, meter, cause);
  }
}

