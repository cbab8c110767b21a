/**
 * A refusal from the live server in the page's language: the server sends a code and its values
 * beside its English `reason` (src/server/refusals.ts), so a Korean page never shows the English.
 */
import { refusalText } from '../../i18n/refusal-words';
import { translator } from '../lang/ui-language';

export interface RefusedMessage {
  readonly reason: string;
  readonly code?: string;
  readonly values?: Readonly<Record<string, string>>;
}

export const refusedWords = (message: RefusedMessage): string =>
  refusalText({ text: message.reason, ...(message.code === undefined ? {} : { code: message.code }), ...(message.values === undefined ? {} : { values: message.values }) }, translator());

const isWords = (value: unknown): value is Readonly<Record<string, string>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');

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
  const { reason, code, values } = parsed as Record<string, unknown>;
  if (typeof reason !== 'string' || (code !== undefined && typeof code !== 'string') || (values !== undefined && !isWords(values))) return null;
  return { reason, ...(code === undefined ? {} : { code }), ...(values === undefined ? {} : { values }) };
}
