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
