/**
 * Why a meter, flag or fact changed: every notice carries a cause string `<kind>:<id>`. It is made
 * and read here only, so the engine, the consequence screen and the debrief agree on it.
 */
export type CauseKind = 'choice' | 'beat' | 'claim' | 'deadline' | 'trigger' | 'inject';

const KINDS: readonly string[] = ['choice', 'beat', 'claim', 'deadline', 'trigger', 'inject'];

/**
 * Each cause names its own id. `claim` causes (naming the choice that made a contradicted claim)
 * are only in older logs: a credibility penalty is now booked to the revision's own cause.
 */
export function causeOf(kind: CauseKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id of a cause; `kind` is null for a cause this version does not know. */
export function parseCause(cause: string): { readonly kind: CauseKind | null; readonly id: string } {
  const split = cause.indexOf(':');
  const kind = split < 0 ? cause : cause.slice(0, split);
  const id = split < 0 ? '' : cause.slice(split + 1);
  return { kind: KINDS.includes(kind) ? (kind as CauseKind) : null, id };
}
