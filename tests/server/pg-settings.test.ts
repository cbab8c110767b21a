import { describe, expect, it } from 'vitest';
import { pgCommitsOf } from '../../src/server/boot.ts';

describe("the PostgreSQL store's group commit settings", () => {
  it('reads the commits at once and the largest batch from the environment', () => {
    expect(pgCommitsOf({ LIVE_PG_COMMITS: '4', LIVE_PG_BATCH: '512' })).toEqual({ commits: 4, maxBatch: 512 });
  });

  it("keeps the store's defaults for a value that is unset, empty or not a positive whole number", () => {
    expect(pgCommitsOf({})).toEqual({});
    expect(pgCommitsOf({ LIVE_PG_COMMITS: '', LIVE_PG_BATCH: '0' })).toEqual({});
    expect(pgCommitsOf({ LIVE_PG_COMMITS: '2.5', LIVE_PG_BATCH: 'many' })).toEqual({});
  });
});
