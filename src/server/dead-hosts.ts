/**
 * A server process killed outright (SIGKILL, a lost machine) leaves its rooms listed in Redis.
 * Colyseus finds that out by itself only when a join reaches such a listing: the seat reservation
 * waits out its IPC timeout (2 s), then a health check waits out another before the listings are
 * removed, and the join is retried with a growing pause: about 6 s per rejoin after a kill, and
 * more under load. Here each process looks ahead with Colyseus's own health check: a process
 * whose channel is gone from Redis (Redis drops a dead connection's subscriptions at once) is
 * checked and, if silent, its listings are removed, both in the background and before a rejoin
 * that names a session whose room is listed on such a process. The check itself still waits for
 * the process's answer, so a process that is only slow is never written off.
 */
import { matchMaker } from '@colyseus/core';

/** How often every process looks for dead ones (two Redis reads each time). */
export const DEAD_HOST_CHECK_MS = 1000;

/** Whether `processId`'s channel is gone from the presence: the process is dead or cut off. */
async function silent(processId: string): Promise<boolean> {
  const channels = await matchMaker.presence.channels(`p:${processId}`);
  return channels.length === 0;
}

/** Before a rejoin: if `code`'s room is listed on a process that is gone, check it now (and remove its listings) instead of letting the join wait it out. */
export async function forgetDeadHostOf(code: string): Promise<void> {
  const listed = await matchMaker.query({ name: 'exercise', code } as Parameters<typeof matchMaker.query>[0]);
  const hosts = new Set(listed.map((room) => room.processId).filter((id) => id !== matchMaker.processId));
  for (const host of hosts) if (await silent(host)) await matchMaker.healthCheckProcessId(host);
}

/** Checks every process's health every `ms` (Colyseus checks only at start); returns the stop. */
export function watchDeadHosts(ms = DEAD_HOST_CHECK_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    matchMaker
      .healthCheckAllProcesses()
      .catch(() => undefined)
      .finally(() => (running = false));
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}
