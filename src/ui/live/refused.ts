/**
 * A refusal from the live server in the page's language: the server sends a code and its values
 * beside its English `reason` (src/server/refusals.ts), so a Korean page never shows the English.
 * A refused scenario file comes with its first errors as data (src/server/scenario-errors.ts),
 * worded here as the workshop words them, each with its line and column.
 */
import { diagnosticMessage } from '../../i18n/diagnostic-words';
import { liveRefusalText } from '../../i18n/field-words';
import type { WireDiagnostic } from '../../protocol/live';
import { t, translator } from '../lang/ui-language';
import { isWireDiagnostic } from './wire-diagnostic';

export interface RefusedMessage {
  readonly reason: string;
  readonly code?: string;
  readonly values?: Readonly<Record<string, string>>;
  readonly diagnostics?: readonly WireDiagnostic[];
}

/** A refused scenario's errors, one line each, then how many more there are. */
function scenarioErrorLines(diagnostics: readonly WireDiagnostic[], values: Readonly<Record<string, string>>): string[] {
  const more = Number(values.more ?? 0);
  const count = Number(values.count ?? diagnostics.length);
  const lines = diagnostics.map((d) =>
    t('live.refused.diagnostic', { line: d.line, col: d.col, code: d.code, message: diagnosticMessage({ message: d.message, ...(d.words !== undefined && { words: d.words }) }, translator()) }),
  );
  return [t('live.refused.scenarioErrors', { count }), ...lines, ...(more > 0 ? [t('live.refused.moreErrors', { more })] : [])];
}

export const refusedWords = (message: RefusedMessage): string =>
  message.code === 'scenarioErrors' && message.diagnostics !== undefined
    ? scenarioErrorLines(message.diagnostics, message.values ?? {}).join('\n')
    : message.code === 'storedScenario' && message.diagnostics !== undefined
      ? [t('live.refused.storedScenario', { code: message.values?.code ?? '' }), ...scenarioErrorLines(message.diagnostics, message.values ?? {})].join('\n')
      : liveRefusalText({ text: message.reason, ...(message.code === undefined ? {} : { code: message.code }), ...(message.values === undefined ? {} : { values: message.values }) }, translator());

const isWords = (value: unknown): value is Readonly<Record<string, string>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');

const isDiagnostics = (value: unknown): value is readonly WireDiagnostic[] => Array.isArray(value) && value.every(isWireDiagnostic);

/**
 * A refused join as the server sends it (src/server/join-refusals.ts): Colyseus carries only one
 * message string, which holds the refusal as JSON. Null for any other message (a network error,
 * Colyseus's own), which the page shows as it is.
 */
export function joinRefusal(message: string): RefusedMessage | null {
  if (!message.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { reason, code, values, diagnostics } = parsed as Record<string, unknown>;
  if (typeof reason !== 'string' || (code !== undefined && typeof code !== 'string') || (values !== undefined && !isWords(values))) return null;
  return {
    reason,
    ...(code === undefined ? {} : { code }),
    ...(values === undefined ? {} : { values }),
    // Errors of another shape are left out: the refusal's own words still say what is wrong.
    ...(isDiagnostics(diagnostics) ? { diagnostics } : {}),
  };
}
