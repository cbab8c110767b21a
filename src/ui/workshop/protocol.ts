/** Messages between the workshop page and its analysis worker. All structured-clone safe. */
import type { Analysis } from '../../analysis/index';
import type { Diagnostic } from '../../scenario/diagnostic';
import type { Scenario } from '../../scenario/types';
import type { SourceTexts } from '../../scenario/source-texts';

export interface CheckRequest {
  readonly id: number;
  readonly text: string;
}

export type WorkerReply =
  | { readonly id: number; readonly kind: 'checked'; readonly diagnostics: readonly Diagnostic[]; readonly scenario: Scenario | null; readonly texts: SourceTexts | null }
  | { readonly id: number; readonly kind: 'analysed'; readonly analysis: Analysis; readonly ms: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/**
 * States the in-browser analysis explores before it reports a partial result: enough for every
 * shipped scenario but breach_33m (about a billion states) to be analysed whole, in well under a
 * second of the worker's time.
 */
export const WORKSHOP_MAX_STATES = 100_000;
export const WORKSHOP_WITNESS_RUNS = 20_000;
/** Engine steps the in-browser analysis may take, every search included (see analysis/budget.ts). */
export const WORKSHOP_MAX_STEPS = 3_000_000;
