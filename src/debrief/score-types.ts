/**
 * The score of a final state, as the debrief reports it: the overall figure and its parts, each
 * move category, and each objective rated with its evidence. Plain JSON data (types.ts re-exports it).
 */
import type { Ending, Evidence } from '../scenario/types';

/** HSEEP objective ratings: performed without challenges, with some, with major, unable. */
export type ObjectiveRating = 'P' | 'S' | 'M' | 'U';

export interface EvidenceResult {
  readonly kind: Evidence['kind'];
  /** What the item checks, in words (the author's label when given). */
  readonly label: string;
  readonly satisfied: boolean;
  /** Why it is or is not satisfied, from the final state. */
  readonly detail: string;
  /** Present when the run ended early before this item's outcome was settled: left out of the score. */
  readonly unjudged?: true;
  /** The deadline id a `deadline` item checks (so the report does not say it twice). */
  readonly deadline?: string;
  /** The choices a `chose` or `avoided` item lists, so the report does not describe them twice. */
  readonly choices?: readonly string[];
}

export interface ObjectiveScore {
  readonly id: string;
  readonly label: string;
  readonly capability: string;
  readonly rating: ObjectiveRating;
  readonly points: number;
  readonly satisfied: number;
  readonly total: number;
  readonly evidence: readonly EvidenceResult[];
  /** The evaluation guide's critical tasks for this objective (absent when the rubric gives none). */
  readonly criticalTasks?: readonly string[];
  /** How many items could be judged, when the run ended early before some were settled (the rating counts these alone). */
  readonly judged?: number;
  /** Present when the run ended early before any of its items was settled: no rating, left out of the score. */
  readonly unjudged?: true;
}

export interface CategoryScore {
  readonly id: string;
  readonly label: string;
  /** Mean decision points in this category; null when the team made none. */
  readonly points: number | null;
  readonly decisions: number;
}

export interface Score {
  /**
   * 0-100: round(0.5 * decisions + 0.3 * objectives + 0.2 * ending); for a partial score, the same
   * weights over the parts that could be judged (see `partial`).
   */
  readonly overall: number;
  /**
   * True when the run has no ending (ended early, or still in progress): scored only on its
   * decisions and the rubric items it settled, with no ending part, and never ranked beside a
   * complete run as if equal (issue #16, point 9). Absent in exports made before it existed.
   */
  readonly partial?: boolean;
  /** Mean points of the choices taken (unrounded). */
  readonly decisions: number;
  /** Mean points of the rubric ratings (unrounded). */
  readonly objectives: number;
  readonly ending: number;
  readonly endingId: string | null;
  readonly endingTone: Ending['tone'] | null;
  readonly counts: {
    readonly recommended: number;
    readonly acceptable: number;
    readonly harmful: number;
  };
  readonly categories: readonly CategoryScore[];
  readonly rubric: readonly ObjectiveScore[];
  /** Choice ids in the state that the scenario no longer has (it was edited after the run). */
  readonly unknownChoices: readonly string[];
}
