/**
 * Effects: what a choice, a trigger, a deadline or a beat does to the world (meters, flags, facts,
 * and lasting caps and floors). Part of the checked scenario model (types.ts).
 */

/**
 * A change to one meter. `add` clamps to the meter's range. `fair` moves the value `percent`
 * of the distance towards the bound (`max` when positive, `min` when negative), truncated towards
 * the current value, so it never crosses a bound. `set` assigns, clamped.
 */
export type MeterChange =
  | { readonly meter: string; readonly op: 'add'; readonly amount: number }
  | { readonly meter: string; readonly op: 'fair'; readonly percent: number }
  | { readonly meter: string; readonly op: 'set'; readonly value: number };

export interface Outcome {
  readonly meters: readonly MeterChange[];
  /** Flag id to new value. */
  readonly flags: Readonly<Record<string, boolean>>;
  /** Fact id to revised value. A revision can contradict earlier claims, public or filed with the regulator. */
  readonly facts: Readonly<Record<string, number>>;
  /**
   * Meter id to a lasting ceiling, in force from this outcome on (a lower cap wins over a higher
   * one); absent when the outcome sets none. See docs/engine-rules.md, "Caps and floors".
   */
  readonly caps?: Readonly<Record<string, number>>;
  /** Meter id to a lasting floor, in force from this outcome on (a higher floor wins). */
  readonly floors?: Readonly<Record<string, number>>;
}
