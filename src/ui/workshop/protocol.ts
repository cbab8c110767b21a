/** Messages between the workshop page and its analysis worker. All structured-clone safe. */
import type { Analysis, BeatGraph } from '../../analysis/index';
import type { Diagnostic } from '../../scenario/diagnostic';
import type { Scenario } from '../../scenario/types';

export interface CheckRequest {
  readonly id: number;
  readonly text: string;
}

export type WorkerReply =
  | { readonly id: number; readonly kind: 'checked'; readonly diagnostics: readonly Diagnostic[]; readonly scenario: Scenario | null }
  | { readonly id: number; readonly kind: 'analysed'; readonly analysis: Analysis; readonly graph: BeatGraph; readonly ms: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** States the in-browser analysis explores before it reports a partial result. */
export const WORKSHOP_MAX_STATES = 60_000;
export const WORKSHOP_WITNESS_RUNS = 20_000;
