/**
 * The rubric's `claims` evidence: which of the team's claims (public or filed) it counts (all, or those at
 * the listed confidences), whether it holds, and why, in words.
 */
import type { ClaimRecord, GameState } from '../engine/types';
import type { ClaimsTest, Evidence } from '../scenario/types';
import { claimNoun, NO_CLAIMS } from './claim-words';

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
function noun(item: ClaimsEvidence, many: boolean): string {
  return claimNoun(many, item.confidence);
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const LABELS: Readonly<Record<ClaimsTest, (item: ClaimsEvidence) => string>> = {
  accurate: (item) => `No ${noun(item, false)} contradicted by later facts`,
  held: (item) => `${capital(noun(item, true))} made, and none contradicted`,
  none: (item) => `No ${noun(item, false)} made`,
};

/** The item's default label (without the author's own). */
export function claimsEvidenceLabel(item: ClaimsEvidence): string {
  return LABELS[item.claims ?? 'accurate'](item);
}

/** Why the item holds or not, from the claims the team made; never a repeat of the label. */
export function claimsEvidenceDetail(state: GameState, item: ClaimsEvidence): string {
  const counted = countedClaims(state.claims, item);
  const made = counted.length;
  const wrong = counted.filter((c) => c.contradictedBy !== undefined).length;
  const others = state.claims.filter((c) => !counted.includes(c));
  const kinds = [...new Set(others.map((c) => c.confidence))].join(' or ');
  const besides =
    others.length > 0
      ? ` (${others.length === 1 ? `its 1 ${kinds} claim does` : `its ${others.length} ${kinds} claims do`} not count here)`
      : '';
  if (state.claims.length === 0) return NO_CLAIMS;
  if (made === 0) return `The team made none${besides}.`;
  const what = noun(item, made !== 1);
  return wrong === 0
    ? `None of the ${made} ${what} was contradicted${besides}.`
    : `${wrong} of ${made} ${what} ${made === 1 ? 'was' : 'were'} contradicted by later facts${besides}.`;
}
