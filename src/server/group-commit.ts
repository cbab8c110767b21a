/**
 * Group commit for the stores: writes that arrive while a commit is under way wait and go together
 * in the next one, so a burst of N writes (every team of every session deciding at once) costs one
 * round trip and one disk flush instead of N. A writer's promise settles only when the commit that
 * holds its write has: the room acknowledges an event only once it is durable, as before.
 * One commit at a time, so writes land in the order they were made (a member's later proposal
 * replaces the earlier one). When a batch fails, its writes are committed again one by one, so one
 * bad write (a seq another process already stored) refuses only itself.
 */
export interface GroupCommit<T> {
  /** Resolves once `item` is committed; rejects with the store's error if it could not be. */
  write(item: T): Promise<void>;
}

interface Waiting<T> {
  readonly item: T;
  readonly done: () => void;
  readonly fail: (error: unknown) => void;
}

/** `commit` stores a batch atomically (all or nothing); `maxBatch` bounds one statement's size. */
export function groupCommit<T>(commit: (batch: readonly T[]) => Promise<void>, maxBatch = 500): GroupCommit<T> {
  let waiting: Waiting<T>[] = [];
  let busy = false;
  let scheduled = false;

  async function run(batch: readonly Waiting<T>[]): Promise<void> {
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
    if (busy || waiting.length === 0) return;
    const batch = waiting.slice(0, maxBatch);
    waiting = waiting.slice(maxBatch);
    busy = true;
    void run(batch).finally(() => {
      busy = false;
      next();
    });
  }

  return {
    write(item) {
      return new Promise<void>((done, fail) => {
        waiting.push({ item, done, fail });
        // Waits for the messages already read off the sockets in this turn: they join the batch.
        if (!busy && !scheduled) {
          scheduled = true;
          setImmediate(next);
        }
      });
    },
  };
}
