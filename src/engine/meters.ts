import type { Meter, MeterChange } from '../scenario/types';

type Range = Pick<Meter, 'min' | 'max'>;

function clamp(value: number, meter: Range): number {
  return value < meter.min ? meter.min : value > meter.max ? meter.max : value;
}

/** `value + amount`, clamped to the meter's range. */
export function plainAdd(meter: Range, value: number, amount: number): number {
  return clamp(value + amount, meter);
}

/**
 * The fair add of docs/scenario-format.md: `%+p` moves `p` per cent of the distance to `max`,
 * `%-p` (negative `percent`) `p` per cent of the distance to `min`, the change truncated towards
 * zero, so it never crosses a bound and is 0 at the bound.
 */
export function fairAdd(meter: Range, value: number, percent: number): number {
  if (percent >= 0) return clamp(value + Math.trunc(((meter.max - value) * percent) / 100), meter);
  return clamp(value - Math.trunc(((value - meter.min) * -percent) / 100), meter);
}

/** Assigns `target`, clamped. */
export function setMeter(meter: Range, target: number): number {
  return clamp(target, meter);
}

/** One meter change: `op` with its number (the amount, percent or value). */
export function applyMeterOp(meter: Range, value: number, op: MeterChange['op'], by: number): number {
  switch (op) {
    case 'add':
      return plainAdd(meter, value, by);
    case 'fair':
      return fairAdd(meter, value, by);
    case 'set':
      return setMeter(meter, by);
  }
}

/** A meter change's number, whatever its operation calls it: the amount, percent or value. */
export const changeNumber = (change: MeterChange): number => (change.op === 'add' ? change.amount : change.op === 'fair' ? change.percent : change.value);

/** One meter change from an outcome block. */
export function changeMeter(meter: Range, value: number, change: MeterChange): number {
  return applyMeterOp(meter, value, change.op, changeNumber(change));
}

/** Rounds half away from zero (2.5 -> 3, -7.5 -> -8), as the credibility penalty is defined. */
export function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value)) + 0; // + 0 turns -0 into 0
}
