/**
 * Rooms rebuilt from the store, a few at a time. When a process dies, every one of its sessions
 * is restored on a survivor at once (50 in a 3,100-client bench:live:scale run): all of them side
 * by side share the store's read connections and the process's one core, so all finish late,
 * while the survivor's own clients wait on the same event loop. In a queue the first rooms are
 * back early, their members play on, and the work at any moment stays bounded.
 */
import pLimit from 'p-limit';

/** Restores under way at once in a process. */
export const RESTORES_AT_ONCE = 4;

export interface RestoreQueue {
  /** Runs `restore` when a place is free; settles as it does. */
  <T>(restore: () => Promise<T>): Promise<T>;
  /** Restores under way or waiting for a place. */
  readonly backlog: () => number;
}

export function restoreQueue(atOnce = RESTORES_AT_ONCE): RestoreQueue {
  const limit = pLimit(atOnce);
  const queue = <T>(restore: () => Promise<T>): Promise<T> => limit(restore);
  return Object.assign(queue, { backlog: () => limit.activeCount + limit.pendingCount });
}

/** The process's queue: every room of the process restores through it. */
export const restores = restoreQueue();
