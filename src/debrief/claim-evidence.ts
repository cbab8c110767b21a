/**
 * The rubric's `claims` evidence: which of the team's claims (public or filed) it counts (all, or those at
 * the listed confidences), whether it holds, and why, in words.
 */
import type { ClaimRecord, GameState } from '../engine/types';
import type { ClaimsTest, Evidence } from '../scenario/types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { claimNoun, confidenceList, noClaims } from './claim-words';

type ClaimsEvidence = Extract<Evidence, { kind: 'claims' }>;

/** The claims an item counts: every claim, or those at its confidences. */
export function countedClaims(
  claims: readonly ClaimRecord[],
  item: ClaimsEvidence,
): readonly ClaimRecord[] {
  const only = item.confidence;
  return only === undefined ? claims : claims.filter((c) => only.includes(c.confidence));
}

/** Whether the item holds: the one rule the score, the report and the analysis all use. */
export function claimsEvidenceHolds(state: GameState, item: ClaimsEvidence): boolean {
  const counted = countedClaims(state.claims, item);
  const wrong = counted.some((c) => c.contradictedBy !== undefined);
  switch (item.claims ?? 'accurate') {
    case 'accurate':
      return !wrong;
    case 'held':
      return counted.length > 0 && !wrong;
    case 'none':
      return counted.length === 0;
  }
}

/** "claim", "confirmed claim", "preliminary or estimate claims": a claim public or filed alike. */
function noun(item: ClaimsEvidence, many: boolean, tr: Translator): string {
  return claimNoun(many, item.confidence, tr);
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The item's default label (without the author's own). */
export function claimsEvidenceLabel(item: ClaimsEvidence, tr: Translator = debriefEnglish): string {
  const test: ClaimsTest = item.claims ?? 'accurate';
  return capital(tr.t(`debrief.claimEvidence.${test}`, { noun: noun(item, test === 'held', tr) }));
}

/** Why the item holds or not, from the claims the team made; never a repeat of the label. */
export function claimsEvidenceDetail(state: GameState, item: ClaimsEvidence, tr: Translator = debriefEnglish): string {
  const counted = countedClaims(state.claims, item);
  const made = counted.length;
  const wrong = counted.filter((c) => c.contradictedBy !== undefined).length;
  const others = state.claims.filter((c) => !counted.includes(c));
  const kinds = confidenceList([...new Set(others.map((c) => c.confidence))], tr);
  const besides = others.length > 0 ? tr.t('debrief.claimEvidence.besides', { count: others.length, kinds }) : '';
  if (state.claims.length === 0) return noClaims(tr);
  if (made === 0) return tr.t('debrief.claimEvidence.madeNone', { besides });
  const what = noun(item, made !== 1, tr);
  return wrong === 0
    ? tr.t('debrief.claimEvidence.noneWrong', { made, what, besides })
    : tr.t('debrief.claimEvidence.someWrong', { wrong, made, what, besides });
}
