/**
 * A scenario file the server refuses to start, as data (issue #20): the server does not know the
 * facilitator page's language, so it sends the loader's first errors as codes, positions and
 * phrases, and the page words them with the same `diagnosticMessage` the workshop uses. Bounded:
 * at most SHOWN_ERRORS errors travel, each of bounded size, with the count of the rest.
 */
import { formatDiagnostic, type Diagnostic } from '../scenario/index.ts';
import type { WireDiagnostic } from '../protocol/live.ts';

export const SHOWN_ERRORS = 5;
/** An error's English is cut here; a scenario's own value (an id, a condition) can be long. */
export const MAX_MESSAGE_CHARS = 300;
/** Phrases larger than this as JSON are not sent: the page shows that error's English. */
export const MAX_WORDS_CHARS = 1000;

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function wireDiagnostic(d: Diagnostic): WireDiagnostic {
  const words = d.words !== undefined && JSON.stringify(d.words).length <= MAX_WORDS_CHARS ? d.words : undefined;
  const message = words === undefined ? cut(d.message, MAX_MESSAGE_CHARS) : d.message;
  return { code: d.code, line: d.range.start.line, col: d.range.start.col, message, ...(words !== undefined && { words }) };
}

export interface ScenarioErrors {
  readonly count: number;
  /** The first errors as `check` headlines them, in English: the refusal's `reason`, for logs. */
  readonly lines: readonly string[];
  readonly shown: readonly WireDiagnostic[];
}

export function scenarioErrors(diagnostics: readonly Diagnostic[], source: string): ScenarioErrors {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors.slice(0, SHOWN_ERRORS);
  return {
    count: errors.length,
    lines: first.map((d) => cut(formatDiagnostic(d, source).split('\n')[0] ?? '', MAX_MESSAGE_CHARS + 100)),
    shown: first.map(wireDiagnostic),
  };
}
