import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../src/server/group-commit.ts';

/** A store whose commits finish only when the test says so, recording each batch. */
function heldStore(refuse: (item: string) => boolean = () => false) {
  const batches: string[][] = [];
  const pending: (() => void)[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const commit = (batch: readonly string[]): Promise<void> => {
    batches.push([...batch]);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    return new Promise<void>((done, fail) =>
      pending.push(() => {
        running -= 1;
        if (batch.some(refuse)) fail(new Error(`refused ${batch.filter(refuse).join()}`));
        else done();
      }),
    );
  };
  const release = async (): Promise<void> => {
    await expect.poll(() => pending.length).toBeGreaterThan(0);
    pending.shift()!();
  };
  return { commit, batches, release, mostAtOnce: () => mostAtOnce };
}

const settled = (promise: Promise<void>) => {
  const state = { value: 'pending' as 'pending' | 'stored' | 'failed' };
  promise.then(
    () => (state.value = 'stored'),
    () => (state.value = 'failed'),
  );
  return state;
};

describe('group commit', () => {
  it('stores the writes of one turn in one commit and acknowledges none before it is done', async () => {
    const store = heldStore();
    const writes = groupCommit(store.commit);
    const states = ['a', 'b', 'c'].map((item) => settled(writes.write(item)));
    await expect.poll(() => store.batches.length).toBe(1);
    await new Promise((done) => setTimeout(done, 20));
    expect(states.map((state) => state.value)).toEqual(['pending', 'pending', 'pending']);
    await store.release();
    await expect.poll(() => states.map((state) => state.value)).toEqual(['stored', 'stored', 'stored']);
    expect(store.batches).toEqual([['a', 'b', 'c']]);
  });

  it('groups what arrives during a commit into the next one, one commit at a time, in order', async () => {
    const store = heldStore();
    const writes = groupCommit(store.commit);
    const first = settled(writes.write('a'));
    await expect.poll(() => store.batches.length).toBe(1);
    const later = ['b', 'c', 'd'].map((item) => settled(writes.write(item)));
    await new Promise((done) => setTimeout(done, 20));
    expect(store.batches).toHaveLength(1);
    await store.release();
    await expect.poll(() => store.batches).toEqual([['a'], ['b', 'c', 'd']]);
    expect(first.value).toBe('stored');
    expect(later.map((state) => state.value)).toEqual(['pending', 'pending', 'pending']);
    await store.release();
    await expect.poll(() => later.map((state) => state.value)).toEqual(['stored', 'stored', 'stored']);
    expect(store.mostAtOnce()).toBe(1);
  });

  it('refuses only the write the store refused, storing the rest of its batch one by one', async () => {
    const store = heldStore((item) => item === 'bad');
    const writes = groupCommit(store.commit);
    const states = ['a', 'bad', 'c'].map((item) => settled(writes.write(item)));
    for (let commit = 0; commit < 4; commit += 1) await store.release();
    await expect.poll(() => states.map((state) => state.value)).toEqual(['stored', 'failed', 'stored']);
    expect(store.batches).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('sends what arrives during a commit in a second one at once when two may run together', async () => {
    const store = heldStore();
    const writes = groupCommit(store.commit, { concurrency: 2 });
    const first = settled(writes.write('a'));
    await expect.poll(() => store.batches.length).toBe(1);
    const second = ['b', 'c'].map((item) => settled(writes.write(item)));
    await expect.poll(() => store.batches).toEqual([['a'], ['b', 'c']]);
    expect(store.mostAtOnce()).toBe(2);
    // A third waits for a free connection, then goes with whatever joined it.
    const third = ['d', 'e'].map((item) => settled(writes.write(item)));
    await new Promise((done) => setTimeout(done, 20));
    expect(store.batches).toHaveLength(2);
    await store.release();
    await expect.poll(() => store.batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    expect(first.value).toBe('stored');
    expect([...second, ...third].map((state) => state.value)).toEqual(['pending', 'pending', 'pending', 'pending']);
    await store.release();
    await store.release();
    await expect.poll(() => [...second, ...third].map((state) => state.value)).toEqual(['stored', 'stored', 'stored', 'stored']);
    expect(store.mostAtOnce()).toBe(2);
  });

  it('keeps a batch to its largest size', async () => {
    const store = heldStore();
    const writes = groupCommit(store.commit, { maxBatch: 2 });
    const states = ['a', 'b', 'c'].map((item) => settled(writes.write(item)));
    await store.release();
    await store.release();
    await expect.poll(() => states.map((state) => state.value)).toEqual(['stored', 'stored', 'stored']);
    expect(store.batches).toEqual([['a', 'b'], ['c']]);
  });
});
