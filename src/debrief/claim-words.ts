/**
 * What the debrief calls a claim, in one place: a figure the team stated, in public or in a
 * filing to the regulator. Both count alike for the rubric and the claims table, so neither is
 * called "public" on its own.
 */
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';

/** Said when the team stated no figure at all (English; `noClaims` in another language). */
export const NO_CLAIMS = debriefEnglish.t('debrief.claims.none');

export function noClaims(tr: Translator = debriefEnglish): string {
  return tr.t('debrief.claims.none');
}

/** "preliminary or estimate": confidences in the language's words, joined by "or". */
export function confidenceList(confidences: readonly string[], tr: Translator = debriefEnglish): string {
  const words = confidences.map((c) => (c === 'confirmed' || c === 'preliminary' || c === 'estimate' ? tr.t(`common.confidence.${c}`) : c));
  const last = words.at(-1) ?? '';
  return words.length <= 1 ? last : tr.t('debrief.claims.or', { first: words.slice(0, -1).join(', '), last });
}

/** "claim", "claims", "confirmed claim", "preliminary or estimate claims". */
export function claimNoun(many: boolean, confidences: readonly string[] = [], tr: Translator = debriefEnglish): string {
  const base = tr.t(many ? 'debrief.claims.nounMany' : 'debrief.claims.noun');
  if (confidences.length === 0) return base;
  return tr.t('debrief.claims.nounOf', { confidences: confidenceList(confidences, tr), noun: base });
}

/** "2 claims", or "3 claims (1 filed with the regulator)" when some were filings. */
export function claimCount(total: number, filed: number, confidences: readonly string[] = [], tr: Translator = debriefEnglish): string {
  const counted = tr.t('debrief.claims.count', { count: total, noun: claimNoun(total !== 1, confidences, tr) });
  if (filed === 0) return counted;
  if (filed < total) return tr.t('debrief.claims.countSomeFiled', { counted, filed });
  return tr.t(total === 1 ? 'debrief.claims.countOneFiled' : 'debrief.claims.countAllFiled', { counted });
}
