/**
 * Problems found in a scenario file are data, never exceptions. Every diagnostic has a stable
 * code, a severity and a position, so editors, the CLI and the workshop page can all show it.
 *
 * Code ranges: CR1xx YAML and file limits, CR2xx schema, CR3xx references and duplicates,
 * CR4xx flow (reachability, dead ends), CR5xx conditions (CR520 on: analyze's design findings,
 * design-codes.ts), CR6xx texts and languages.
 */

import type { Phrase } from './said.ts';

export type Severity = 'error' | 'warning';

/** 1-based line and column, plus the 0-based character offset into the source. */
export interface Position {
  readonly line: number;
  readonly col: number;
  readonly offset: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly range: Range;
  /** The YAML path of the offending node, e.g. `beats[2].decision.choices[0].next`. */
  readonly path?: string;
  /**
   * The phrases `message` was made from (said.ts): another language words each from the
   * interface catalogs (`diagnostics.<key>`) with the same values. A diagnostic without them is
   * shown in English, as `message` says it.
   */
  readonly words?: readonly Phrase[];
}
