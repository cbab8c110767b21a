import type { Audience, ClaimFigure } from '../scenario/types';
import type { ClaimShape } from './types';

/** True when a revision to `revised` is further from the claim than the scenario tolerates. */
export function contradicts(claimed: number, revised: number, tolerance: number): boolean {
  return Math.abs(revised - claimed) > tolerance * Math.abs(claimed);
}

/** Whether a figure is a bound (`at_least`, `up_to`, or both) rather than a point figure. */
export const isBound = (figure: ClaimFigure): boolean => figure.atLeast !== undefined || figure.upTo !== undefined;

/**
 * True when a revision to `revised` makes the claim false. A point figure is contradicted past
 * the tolerance (see `contradicts`); a bound's edges are exact and the tolerance never widens
 * them: "at least 4,500" holds for any higher figure and is contradicted by 4,499.
 */
export function figureContradicted(figure: ClaimFigure, revised: number, tolerance: number): boolean {
  if (!isBound(figure)) return contradicts(figure.value, revised, tolerance);
  return (figure.atLeast !== undefined && revised < figure.atLeast) || (figure.upTo !== undefined && revised > figure.upTo);
}

/** A claim's audience, public when it names none. */
export const audienceOf = (claim: { readonly audience?: Audience }): Audience => claim.audience ?? 'public';

/** A claim's bound and audience with only the keys that differ from the default (a point figure; the public). */
export const claimShape = (claim: ClaimShape): ClaimShape => ({
  ...(claim.atLeast !== undefined && { atLeast: claim.atLeast }),
  ...(claim.upTo !== undefined && { upTo: claim.upTo }),
  ...(claim.audience !== undefined && claim.audience !== 'public' && { audience: claim.audience }),
});

/** The figure a contradiction notice names (its `claimed` value and bound). */
export const claimedFigure = (notice: { readonly claimed: number } & ClaimShape): ClaimFigure => ({ value: notice.claimed, atLeast: notice.atLeast, upTo: notice.upTo });
