import { describe, expect, it } from 'vitest';
import { shardedGroupCommit, shardOf } from '../../src/server/sharded-commit.ts';

/** Writes are `team:n`; the key is the team. Commits finish only when the test releases them. */
function heldStore() {
  const batches: string[][] = [];
  const pending = new Map<string, () => void>();
  const commit = (batch: readonly string[]): Promise<void> => {
    batches.push([...batch]);
    return new Promise<void>((done) => pending.set(batch.join(), done));
  };
  const release = async (batch: readonly string[]): Promise<void> => {
    await expect.poll(() => pending.has(batch.join())).toBe(true);
    pending.get(batch.join())!();
    pending.delete(batch.join());
  };
  return { commit, batches, release, inFlight: () => [...pending.keys()] };
}

const teamOf = (write: string): string => write.split(':')[0]!;

/** Two teams that land on different shards of `shards`. */
function apartTeams(shards: number): [string, string] {
  const teams = Array.from({ length: 20 }, (_, index) => `code/team${index}`);
  const first = teams[0]!;
  const other = teams.find((team) => shardOf(team, shards) !== shardOf(first, shards))!;
  return [first, other];
}

describe('sharded group commit', () => {
  it("commits two teams' writes at once, and one team's one batch at a time in the order written", async () => {
    const store = heldStore();
    const [red, blue] = apartTeams(4);
    const inFlight: number[] = [];
    const writes = shardedGroupCommit(4, teamOf, store.commit, { observe: (batch) => inFlight.push(batch.inFlight) });
    const stored: string[] = [];
    const write = (item: string) => writes.write(item).then(() => stored.push(item));
    const all = [write(`${red}:1`), write(`${blue}:1`)];
    await expect.poll(() => store.inFlight().sort()).toEqual([`${blue}:1`, `${red}:1`].sort());
    all.push(write(`${red}:2`), write(`${red}:3`));
    await new Promise((done) => setTimeout(done, 20));
    // Red's later writes wait for its commit under way, whatever the other shards do.
    expect(store.batches).toHaveLength(2);
    await store.release([`${blue}:1`]);
    await store.release([`${red}:1`]);
    await store.release([`${red}:2`, `${red}:3`]);
    await Promise.all(all);
    expect(stored.filter((item) => item.startsWith(red))).toEqual([`${red}:1`, `${red}:2`, `${red}:3`]);
    // Told as each commit ends (Blue first), counted over every shard: Blue was sent while Red was under way.
    expect(inFlight).toEqual([2, 1, 1]);
  });

  it('spreads the teams of many sessions evenly over the shards, each always to the same one', () => {
    const keys = Array.from({ length: 600 }, (_, index) => `S${Math.floor(index / 6)}X7Q/team${index % 6}`);
    const counts = [0, 0, 0, 0];
    for (const key of keys) counts[shardOf(key, 4)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(110);
    expect(keys.map((key) => shardOf(key, 4))).toEqual(keys.map((key) => shardOf(key, 4)));
  });

  it('refuses a number of shards that is not a whole number of at least 1', () => {
    expect(() => shardedGroupCommit(0, teamOf, async () => undefined)).toThrow(/at least 1, not 0/);
  });
});
