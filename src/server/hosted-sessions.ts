/**
 * One room per session in a process. When a server dies, its clients rejoin through another at
 * once; Colyseus lets concurrent joins of one code wait for the first to create the room, but
 * only for about a second, and restoring a session (its scenario and logs read from the store)
 * can take longer on a busy machine, so a second room for the same session was created beside
 * the first (seen in bench:live:scale), each with its own runner for the same teams. A session
 * is claimed here before its room restores it and released when the room is gone; a second
 * claim is refused, and that join is tried again once the first room is listed.
 */
const hosted = new Set<string>();

/** Claims `code` for a room of this process; false if another room here holds it. */
export function claimSession(code: string): boolean {
  if (hosted.has(code)) return false;
  hosted.add(code);
  return true;
}

export function releaseSession(code: string): void {
  hosted.delete(code);
}
