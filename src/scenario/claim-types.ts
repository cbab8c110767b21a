/** Claims a choice makes about a fact's figure, and what a contradicted one costs. */
import type { Audience, Confidence, Text } from './types';

/**
 * What a claim says of its fact's figure: a point figure (`value` alone, within the tolerance), or
 * a bound (`atLeast`, `upTo`, or both for a range), whose edges are exact.
 */
export interface ClaimFigure {
  /** The point figure; for a bound, its lower edge when it has one, else its upper edge. */
  readonly value: number;
  /** The lowest figure the claim allows (YAML `at_least`). */
  readonly atLeast?: number;
  /** The highest figure the claim allows (YAML `up_to`). */
  readonly upTo?: number;
}

export interface Claim extends ClaimFigure {
  readonly fact: string;
  /** Who it was said to; absent means the public. */
  readonly audience?: Audience;
  readonly confidence: Confidence;
  /** What was said, in words, for the debrief ("about 4,500 accounts"). */
  readonly statement?: Text;
}

/** What a contradicted public claim costs; scaled by the claim's confidence. */
export interface Credibility {
  /** Meter id to the (usually negative) change at full confidence. */
  readonly penalty: Readonly<Record<string, number>>;
  /** Multiplier per confidence level. Defaults: confirmed 1, preliminary 0.5, estimate 0.25. */
  readonly scale: Readonly<Record<Confidence, number>>;
  /**
   * A revision contradicts a claim when |revised - claimed| > tolerance * |claimed|.
   * Defaults to 0.1 (ten per cent).
   */
  readonly tolerance: number;
  /**
   * Meter id to the change a contradicted regulator filing costs at full confidence (YAML
   * `regulator_penalty`); absent or empty, a contradicted filing costs nothing.
   */
  readonly regulatorPenalty?: Readonly<Record<string, number>>;
}
