/**
 * Whether a refusal's scenario errors have the shape the server sends (src/protocol/live.ts):
 * they arrive as JSON inside an error message, so the page checks them before it words them.
 */
import type { Phrase } from '../../scenario/said';
import type { WireDiagnostic } from '../../protocol/live';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isPhrase(value: unknown): value is Phrase {
  if (!isRecord(value) || typeof value.key !== 'string') return false;
  if (value.values === undefined) return true;
  return isRecord(value.values) && Object.values(value.values).every((v) => typeof v === 'string' || typeof v === 'number' || isPhrase(v));
}

const isPosition = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

export function isWireDiagnostic(value: unknown): value is WireDiagnostic {
  if (!isRecord(value)) return false;
  const { code, line, col, message, words } = value;
  return (
    typeof code === 'string' &&
    isPosition(line) &&
    isPosition(col) &&
    typeof message === 'string' &&
    (words === undefined || (Array.isArray(words) && words.every(isPhrase)))
  );
}
