/**
 * How long a client pauses before it tries a join again (a seat reservation that expired, a server
 * that died, a session still being restored), shared by the live page and the benchmark's clients.
 * The pause doubles with each attempt, up to a cap, and is drawn at random in its upper half:
 * when a process dies, all of its clients (1,500 in a 3,100-client bench:live:scale run) find out
 * in the same instant, and fixed pauses would bring them back in the same instant again, each
 * wave a burst of joins on the surviving process. Pure: `random` is injectable for tests.
 */

/** The first pause's upper bound, ms (attempt 0). */
export const REJOIN_FIRST_MS = 250;
/** No pause is longer than this, ms: a page that rejoins must not look dead. */
export const REJOIN_CAP_MS = 5000;

/** The pause before attempt `attempt` (0 for the first try again), in [d/2, d) with d = min(cap, first · 2^attempt). */
export function rejoinPause(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(REJOIN_CAP_MS, REJOIN_FIRST_MS * 2 ** Math.max(0, attempt));
  return ceiling / 2 + (ceiling / 2) * random();
}
