/** A decision and its choices: what the room picks from, where it leads and how it is judged. */
import type { Claim } from './claim-types';
import type { Condition } from './condition-types';
import type { Text, TextCase } from './text-types';
import type { Outcome } from './types';

export type Rating = 'recommended' | 'acceptable' | 'harmful';
export const RATINGS: readonly Rating[] = ['recommended', 'acceptable', 'harmful'];

/** Crisis-response strategies of Situational Crisis Communication Theory (Coombs, 2007). */
export type Strategy = 'deny' | 'diminish' | 'rebuild' | 'bolster';
export const STRATEGIES: readonly Strategy[] = ['deny', 'diminish', 'rebuild', 'bolster'];

/** Where a choice leads: another beat, or `end`, which resolves the endings in order. */
export const END = 'end';
/**
 * Where every choice of a detour beat leads: back to the beat the push interrupted, which carries
 * on where it was (not entered again).
 */
export const RETURN = 'return';

export interface Choice {
  /** Unique across the whole scenario, so conditions and rubrics can name it. */
  readonly id: string;
  readonly category: string;
  readonly label: Text;
  readonly description?: Text;
  readonly condition?: Condition;
  readonly outcome: Outcome;
  /** Claims about figures this choice makes: public statements or filings to the regulator. */
  readonly claims: readonly Claim[];
  /** A beat id, `end`, or `return` (in a detour beat: back to the interrupted beat). */
  readonly next: string;
  /**
   * The outcome story: what happened because of the choice, shown to the room on the consequence
   * screen. The story, not the judgment (that is `feedback`), and never a spoiler of the next beat.
   */
  readonly consequence?: Text;
  /** Conditional stories, tried against the state right after the choice's outcome, like feedback's. */
  readonly consequenceCases?: readonly TextCase[];
  readonly feedback: Text;
  /** Conditional feedback, tried against the state right after the choice's outcome. */
  readonly feedbackCases?: readonly TextCase[];
  /** Sources or principles the feedback cites ("PIPA Art. 34", "Coombs 2007"), each a text: a statute is cited by its name in the reader's language. */
  readonly references: readonly Text[];
  readonly rating: Rating;
  readonly strategy?: Strategy;
}

export interface Decision {
  readonly prompt: Text;
  /** Real seconds the room has; when they run out the UI sends `clock.expire`. */
  readonly timeLimit?: number;
  /** The choice taken on `clock.expire`. Required when `timeLimit` is set. */
  readonly defaultChoice?: string;
  readonly choices: readonly Choice[];
  /**
   * `fixed`: the choices are shown in file order (an escalation ladder), set by the decision's
   * own `order` or the scenario's `choice_order`. Absent: shuffled per session from the seed.
   */
  readonly order?: 'fixed' | 'shuffled';
}
