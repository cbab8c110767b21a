/**
 * Group commits side by side (group-commit.ts), one per shard, each writing one batch at a time:
 * every write of one key (a session's team) goes to the same shard, so a team's events, members and
 * proposals are stored in the order they were made, while other teams' writes commit at the same
 * time on the other shards' connections instead of queueing behind one commit. PostgreSQL flushes
 * its write-ahead log once for every commit that is waiting when it flushes, so commits under way
 * at once share flushes.
 */
import { groupCommit, type GroupCommit, type GroupCommitOptions } from './group-commit.ts';

/** FNV-1a: a cheap, even spread of keys over the shards (not a secret: keys are codes and team names). */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at += 1) hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
  return (hash >>> 0) % shards;
}

export function shardedGroupCommit<T>(shards: number, keyOf: (item: T) => string, commit: (batch: readonly T[]) => Promise<void>, options: Omit<GroupCommitOptions<T>, 'concurrency' | 'inFlight'> = {}): GroupCommit<T> {
  if (!Number.isInteger(shards) || shards < 1) throw new RangeError(`shards must be a whole number of at least 1, not ${shards}`);
  let running = 0;
  const counted = async (batch: readonly T[]): Promise<void> => {
    running += 1;
    try {
      await commit(batch);
    } finally {
      running -= 1;
    }
  };
  const lanes = Array.from({ length: shards }, () => groupCommit(counted, { ...options, concurrency: 1, inFlight: () => running }));
  return { write: (item) => lanes[shardOf(keyOf(item), shards)]!.write(item) };
}
