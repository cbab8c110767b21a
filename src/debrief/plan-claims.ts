/**
 * The improvement plan's action for contradicted claims (public or filed with the regulator), from the confidence the team
 * actually used: a team that labelled its figure preliminary is not told to label its figures,
 * but how to state and revise a preliminary figure; a figure stated as confirmed is the lapse the
 * label was meant to prevent.
 */
import type { ClaimReport } from './types';
import type { Translator } from '../i18n/translator';
import { confidenceList } from './claim-words';

/** An issue and its corrective action, before an owner and a due date are given. */
export interface ClaimAction {
  readonly issue: string;
  readonly action: string;
}

const list = (claims: readonly ClaimReport[]): string =>
  [...new Set(claims.map((c) => c.factLabel))].join('; ');

/** One action per kind of lapse among the contradicted claims; none when no claim was contradicted. */
export function claimActions(claims: readonly ClaimReport[], tr: Translator): ClaimAction[] {
  const wrong = claims.filter((c) => c.contradicted !== null);
  const confirmed = wrong.filter((c) => c.confidence === 'confirmed');
  const hedged = wrong.filter((c) => c.confidence !== 'confirmed');
  const actions: ClaimAction[] = [];
  if (confirmed.length > 0)
    actions.push({
      issue: tr.t('debrief.planClaims.confirmedIssue', { facts: list(confirmed) }),
      action: tr.t('debrief.planClaims.confirmedAction'),
    });
  if (hedged.length > 0)
    actions.push({
      issue: tr.t('debrief.planClaims.hedgedIssue', { confidences: confidenceList([...new Set(hedged.map((c) => c.confidence))], tr), facts: list(hedged) }),
      action: tr.t('debrief.planClaims.hedgedAction'),
    });
  return actions;
}
