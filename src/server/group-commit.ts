/**
 * Group commit for the stores: writes that arrive while a commit is under way wait and go together
 * in the next one, so a burst of N writes (every team of every session deciding at once) costs one
 * round trip and one disk flush instead of N. A writer's promise settles only when the commit that
 * holds its write has: the room acknowledges an event only once it is durable, as before.
 * By default one commit at a time, so writes land in the order they were made (a member's later
 * proposal replaces the earlier one). Writes that never touch a row twice while one is waiting
 * (a team's events: the team appends its next ones only once the last are stored) may instead go
 * in up to `concurrency` commits at once, so a write that arrives during a slow commit is sent on
 * another connection instead of waiting for it. When a batch fails, its writes are committed again
 * one by one, so one bad write (a seq another process already stored) refuses only itself.
 */
export interface GroupCommit<T> {
  /** Resolves once `item` is committed; rejects with the store's error if it could not be. */
  write(item: T): Promise<void>;
}

interface Waiting<T> {
  readonly item: T;
  /** When it was written (performance.now()): how long it waited for a commit to take it. */
  readonly since: number;
  /** Writes already waiting when it was written (the queue's depth it met). */
  readonly ahead: number;
  readonly done: () => void;
  readonly fail: (error: unknown) => void;
}

export interface GroupCommitOptions<T> {
  /** The most writes in one commit (one statement's size). */
  readonly maxBatch?: number;
  /** The most commits under way at once (1: in the order written). */
  readonly concurrency?: number;
  /** Commits under way right after this one was sent, itself included (by default this queue's own; sharded queues count all shards'). */
  readonly inFlight?: () => number;
  /** Told of every batch once committed (or failed): what the queue looked like, for the benchmark. */
  readonly observe?: (batch: BatchFigures, items: readonly T[]) => void;
}

/** One batch's figures: where its writes' time went, and how deep the queue stood behind it. */
export interface BatchFigures {
  readonly writes: number;
  /** Each write's wait, ms, from `write` to its batch being sent. */
  readonly queued: readonly number[];
  /** From the batch being sent to the store's answer, ms (retries one by one included). */
  readonly committing: number;
  /** Each write's queue depth on arrival: writes already waiting for a commit. */
  readonly ahead: readonly number[];
  /** Commits under way when the batch was sent, itself included. */
  readonly inFlight: number;
}

/** `commit` stores a batch atomically (all or nothing). */
export function groupCommit<T>(commit: (batch: readonly T[]) => Promise<void>, options: GroupCommitOptions<T> = {}): GroupCommit<T> {
  const maxBatch = options.maxBatch ?? 500;
  const concurrency = options.concurrency ?? 1;
  let waiting: Waiting<T>[] = [];
  let running = 0;
  let scheduled = false;

  async function run(batch: readonly Waiting<T>[]): Promise<void> {
    const sent = performance.now();
    const committed = commitOrRetry(batch);
    const figures = { writes: batch.length, queued: batch.map((entry) => sent - entry.since), ahead: batch.map((entry) => entry.ahead), inFlight: options.inFlight?.() ?? running };
    try {
      await committed;
    } finally {
      options.observe?.({ ...figures, committing: performance.now() - sent }, batch.map((entry) => entry.item));
    }
  }

  async function commitOrRetry(batch: readonly Waiting<T>[]): Promise<void> {
    try {
      await commit(batch.map((entry) => entry.item));
      for (const entry of batch) entry.done();
      return;
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.fail(error);
        return;
      }
    }
    for (const entry of batch) {
      try {
        await commit([entry.item]);
        entry.done();
      } catch (error) {
        entry.fail(error);
      }
    }
  }

  function next(): void {
    scheduled = false;
    while (running < concurrency && waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(maxBatch);
      running += 1;
      void run(batch).finally(() => {
        running -= 1;
        next();
      });
    }
  }

  return {
    write(item) {
      return new Promise<void>((done, fail) => {
        waiting.push({ item, since: performance.now(), ahead: waiting.length, done, fail });
        // Waits for the messages already read off the sockets in this turn: they join the batch.
        if (running < concurrency && !scheduled) {
          scheduled = true;
          setImmediate(next);
        }
      });
    },
  };
}
