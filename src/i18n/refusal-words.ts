import type { MessageKey } from './catalog-types.ts';
import type { Translator } from './translator.ts';

/**
 * A refusal as the engine and the live server give it: a code, the values it names, and its
 * English. Structural, so the wire's copy (a JSON message) words the same way as the engine's.
 */
export interface WordedRefusal {
  readonly code?: string;
  readonly values?: Readonly<Record<string, string>>;
  readonly text: string;
}

/**
 * Why something was refused, in the translator's language: `refusal.<code>` with its values.
 * The English beside the code is shown when the translator has no catalog entry for it, which is
 * how a page that keeps the refusals' English out of its first download still says why.
 */
export function refusalText(refusal: WordedRefusal, tr: Translator): string {
  if (refusal.code === undefined) return refusal.text;
  const key = `refusal.${refusal.code}` as MessageKey;
  return tr.has(key) ? tr.t(key, refusal.values) : refusal.text;
}

/** Why a step was refused, in words: its refusal when it has one, else its English, else `otherwise`. */
export function stepRefusalText(result: { readonly reason?: string; readonly refusal?: WordedRefusal }, tr: Translator, otherwise: string): string {
  return result.refusal ? refusalText(result.refusal, tr) : (result.reason ?? otherwise);
}
