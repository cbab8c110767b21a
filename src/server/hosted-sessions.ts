/**
 * One room per session in a process. When a server dies, its clients rejoin through another at
 * once; Colyseus lets concurrent joins of one code wait for the first to create the room, but
 * only for about a second, and restoring a session (its scenario and logs read from the store)
 * can take longer on a busy machine, so a second room for the same session was created beside
 * the first (seen in bench:live:scale), each with its own runner for the same teams. A session
 * is claimed here before its room restores it and released when the room is gone; a second
 * claim is refused.
 *
 * A rejoin that arrives while its session is being restored here waits for the room to be
 * listed (`untilListed`, from the join's onAuth) instead of being refused and trying again: in
 * a 3,100-client bench:live:scale run, 1,500 clients whose process was killed retried every
 * half second while 50 rooms were restored, each retry a join request, a store read and a
 * Redis query that the restoring process had to answer.
 */
interface Claim {
  /** Whether the room is listed (Colyseus's matchmaker finds it); joins wait until then. */
  listed: boolean;
  readonly waiting: (() => void)[];
}

const hosted = new Map<string, Claim>();

/** The longest a join waits for its session's restore, ms: then it tries its luck as before. */
export const RESTORE_WAIT_MS = 60_000;

/** Claims `code` for a room of this process; false if another room here holds it. */
export function claimSession(code: string): boolean {
  if (hosted.has(code)) return false;
  hosted.set(code, { listed: false, waiting: [] });
  return true;
}

function wake(claim: Claim): void {
  for (const done of claim.waiting.splice(0)) done();
}

/** The room of `code` is listed: joins waiting for it go on and find it. */
export function sessionListed(code: string): void {
  const claim = hosted.get(code);
  if (!claim) return;
  claim.listed = true;
  wake(claim);
}

export function releaseSession(code: string): void {
  const claim = hosted.get(code);
  hosted.delete(code);
  if (claim) wake(claim);
}

/** Resolves once `code`'s room here is listed, or its restore failed, or after `ms`; at once if no room here is being made for it. */
export function untilListed(code: string, ms = RESTORE_WAIT_MS): Promise<void> {
  const claim = hosted.get(code);
  if (!claim || claim.listed) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    timer.unref?.();
    claim.waiting.push(() => {
      clearTimeout(timer);
      done();
    });
  });
}
