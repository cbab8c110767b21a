/**
 * A check diagnostic's message in the reader's language: codes whose message the catalogs hold
 * (`diagnostics.<code>`) and that carry the values it was made from are worded by the catalog;
 * every other code stays in English, as the scenario layer wrote it.
 */
import type { MessageKey } from '../i18n/catalog-types';
import type { Translator } from '../i18n/translator';
import type { Diagnostic } from '../scenario/index';

/** The catalog key of a code's message ("diagnostics.CR601"). */
export const diagnosticKey = (code: string): MessageKey => `diagnostics.${code}` as MessageKey;

export function diagnosticMessage(d: Diagnostic, tr: Translator): string {
  const key = diagnosticKey(d.code);
  return d.params !== undefined && tr.has(key) ? tr.t(key, d.params) : d.message;
}
