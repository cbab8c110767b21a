/** The rubric: objectives rated P/S/M/U in the debrief from the evidence they list. */
import type { Condition } from './condition-types';
import type { Confidence, Text } from './types';

/**
 * What a `claims` item asks of the team's claims, public or filed with the regulator (those at the listed confidences, or all):
 * `accurate`, none was contradicted (making none counts); `held`, at least one was made and none
 * was contradicted; `none`, none was made.
 */
export type ClaimsTest = 'accurate' | 'held' | 'none';

/** One piece of evidence behind an objective's rating; exactly one kind per item. */
export type Evidence =
  | { readonly kind: 'deadline'; readonly deadline: string; readonly label?: Text }
  | { readonly kind: 'chose'; readonly choices: readonly string[]; readonly label?: Text }
  | { readonly kind: 'avoided'; readonly choices: readonly string[]; readonly label?: Text }
  | {
      readonly kind: 'claims';
      /** Absent means `accurate`, the original form. */
      readonly claims?: ClaimsTest;
      /** Only claims at these confidences count; absent means every claim. */
      readonly confidence?: readonly Confidence[];
      readonly label?: Text;
    }
  | { readonly kind: 'when'; readonly condition: Condition; readonly label?: Text };

export interface Objective {
  readonly id: string;
  readonly label: Text;
  /** The HSEEP core capability it exercises ("Public Information and Warning"). */
  readonly capability: Text;
  readonly description?: Text;
  readonly evidence: readonly Evidence[];
  /** The evaluation guide: what an observer checks for this objective (absent: none given). */
  readonly criticalTasks?: readonly Text[];
}
