/**
 * The codes of the design findings `crisis-room analyze` reports (src/analysis/design/), and the
 * places an author may silence each with `allow: [{ finding, reason }]`. They live here because the
 * schema names them: an `allow` with an unknown code, or one on a place its finding is never
 * reported at, is a schema error with a did-you-mean hint. CR501-CR505 are condition errors; the
 * design block starts at CR520. Documented in docs/authoring-tools.md.
 */

/** Where an `allow` list may sit: the root of the file, or one of these declarations. */
export type AllowPlace = 'scenario' | 'decision' | 'choice' | 'deadline' | 'ending' | 'flag' | 'fact' | 'trigger';

export interface DesignCode {
  /** What the finding says, in a few words. */
  readonly title: string;
  /** Where an `allow` silences it. */
  readonly places: readonly AllowPlace[];
}

export const DESIGN_CODES = {
  CR520: { title: 'the recommended choice is the longest', places: ['decision', 'choice'] },
  CR521: { title: 'the recommended choice is listed first in a fixed order', places: ['decision', 'choice'] },
  CR522: { title: 'the recommended choice costs nothing now (no trade-off)', places: ['decision', 'choice'] },
  CR523: { title: 'always the first choice wins', places: ['scenario'] },
  CR524: { title: 'always the longest choice wins', places: ['scenario'] },
  CR525: { title: 'always the shortest choice wins', places: ['scenario'] },
  CR526: { title: 'greedy on the headline meters wins', places: ['scenario'] },
  CR527: { title: 'greedy on one headline meter wins', places: ['scenario'] },
  CR528: { title: 'always the same category wins', places: ['scenario'] },
  CR529: { title: 'a surface strategy wins once one decision is corrected', places: ['decision'] },
  CR530: { title: 'a good ending forgives a missed or deficient deadline', places: ['deadline', 'ending'] },
  CR531: { title: 'a good ending forgives harmful choices', places: ['ending'] },
  CR532: { title: 'a flag is set but never read', places: ['flag'] },
  CR533: { title: 'a fact is revised but never claimed or shown', places: ['fact'] },
  CR534: { title: 'a trigger holds before the first decision', places: ['trigger'] },
} as const satisfies Record<string, DesignCode>;

export type DesignCodeId = keyof typeof DESIGN_CODES;

/** The codes an `allow` may name at a place, in code order. */
export function codesAllowedAt(place: AllowPlace): DesignCodeId[] {
  return (Object.keys(DESIGN_CODES) as DesignCodeId[]).filter((code) => (DESIGN_CODES[code].places as readonly AllowPlace[]).includes(place));
}
