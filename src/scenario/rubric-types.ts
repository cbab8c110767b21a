/** The rubric: objectives rated P/S/M/U in the debrief from the evidence they list. */
import type { Condition } from './condition-types';
import type { Text } from './types';

/** One piece of evidence behind an objective's rating; exactly one kind per item. */
export type Evidence =
  | { readonly kind: 'deadline'; readonly deadline: string; readonly label?: Text }
  | { readonly kind: 'chose'; readonly choices: readonly string[]; readonly label?: Text }
  | { readonly kind: 'avoided'; readonly choices: readonly string[]; readonly label?: Text }
  | { readonly kind: 'claims'; readonly label?: Text }
  | { readonly kind: 'when'; readonly condition: Condition; readonly label?: Text };

export interface Objective {
  readonly id: string;
  readonly label: Text;
  /** The HSEEP core capability it exercises ("Public Information and Warning"). */
  readonly capability: Text;
  readonly description?: Text;
  readonly evidence: readonly Evidence[];
}
