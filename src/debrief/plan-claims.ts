/**
 * The improvement plan's action for contradicted claims (public or filed with the regulator), from the confidence the team
 * actually used: a team that labelled its figure preliminary is not told to label its figures,
 * but how to state and revise a preliminary figure; a figure stated as confirmed is the lapse the
 * label was meant to prevent.
 */
import type { ClaimReport } from './types';

/** An issue and its corrective action, before an owner and a due date are given. */
export interface ClaimAction {
  readonly issue: string;
  readonly action: string;
}

const list = (claims: readonly ClaimReport[]): string =>
  [...new Set(claims.map((c) => c.factLabel))].join('; ');

/** One action per kind of lapse among the contradicted claims; none when no claim was contradicted. */
export function claimActions(claims: readonly ClaimReport[]): ClaimAction[] {
  const wrong = claims.filter((c) => c.contradicted !== null);
  const confirmed = wrong.filter((c) => c.confidence === 'confirmed');
  const hedged = wrong.filter((c) => c.confidence !== 'confirmed');
  const actions: ClaimAction[] = [];
  if (confirmed.length > 0)
    actions.push({
      issue: `A figure stated as confirmed before it was verified, then contradicted: ${list(confirmed)}`,
      action:
        'Call a figure confirmed only once the evidence behind it is verified and the incident lead signs off; until then publish it as preliminary, with a floor ("at least") and when the next update comes.',
    });
  if (hedged.length > 0)
    actions.push({
      issue: `A figure labelled ${[...new Set(hedged.map((c) => c.confidence))].join(' or ')} was revised beyond it: ${list(hedged)}`,
      action:
        'Keep labelling figures with their confidence, as the team did; also state them as a floor or a range ("at least ...", "between ... and ...") with what may still change them, and have the revised figure and its explanation ready to publish before others report it.',
    });
  return actions;
}
