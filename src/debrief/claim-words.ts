/**
 * What the debrief calls a claim, in one place: a figure the team stated, in public or in a
 * filing to the regulator. Both count alike for the rubric and the claims table, so neither is
 * called "public" on its own.
 */
/** Said when the team stated no figure at all. */
export const NO_CLAIMS = 'No claims about figures were made, in public or in a filing to the regulator.';

/** "claim", "claims", "confirmed claim", "preliminary or estimate claims". */
export function claimNoun(many: boolean, confidences: readonly string[] = []): string {
  const base = many ? 'claims' : 'claim';
  if (confidences.length === 0) return base;
  const last = confidences.at(-1) ?? '';
  const words = confidences.length === 1 ? last : `${confidences.slice(0, -1).join(', ')} or ${last}`;
  return `${words} ${base}`;
}

/** "2 claims", or "3 claims (1 filed with the regulator)" when some were filings. */
export function claimCount(total: number, filed: number, confidences: readonly string[] = []): string {
  const counted = `${total} ${claimNoun(total !== 1, confidences)}`;
  if (filed === 0) return counted;
  const which = filed < total ? String(filed) : total === 1 ? '' : 'all ';
  return `${counted} (${filed < total ? `${which} ` : which}filed with the regulator)`;
}
