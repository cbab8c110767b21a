/**
 * A check diagnostic's message in the reader's language: a diagnostic said in phrases whose keys
 * the catalogs hold (`diagnostics.<key>`) is worded phrase by phrase with the values it carries;
 * any other is shown in English, as the scenario layer wrote it.
 */
import type { MessageKey } from './catalog-types.ts';
import type { Translator } from './translator.ts';
import type { Diagnostic, Phrase } from '../scenario/index.ts';

/** The catalog key of a phrase ("diagnostics.CR601"). */
export const diagnosticKey = (key: string): MessageKey => `diagnostics.${key}` as MessageKey;

/** Whether the translator words every phrase, nested ones included. */
function worded(phrase: Phrase, tr: Translator): boolean {
  return tr.has(diagnosticKey(phrase.key)) && Object.values(phrase.values ?? {}).every((v) => typeof v !== 'object' || worded(v, tr));
}

/** One phrase in the translator's language, its nested phrases first. */
export function phraseText(phrase: Phrase, tr: Translator): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {})) values[name] = typeof value === 'object' ? phraseText(value, tr) : value;
  return tr.t(diagnosticKey(phrase.key), values);
}

/** Only the message and its phrases are needed: the live page words a diagnostic the server sent as data. */
export function diagnosticMessage(d: Pick<Diagnostic, 'message' | 'words'>, tr: Translator): string {
  const words = d.words;
  if (words === undefined || !words.every((p) => worded(p, tr))) return d.message;
  return words.map((p) => phraseText(p, tr)).join('');
}
