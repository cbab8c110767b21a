import { describe, expect, it } from 'vitest';
import { pingOf } from '../../src/server/boot.ts';

describe("the transport's ping tolerance", () => {
  it("keeps Colyseus's defaults unless the environment widens them", () => {
    expect(pingOf({})).toEqual({});
    expect(pingOf({ LIVE_PING_INTERVAL_MS: '10000', LIVE_PING_MAX_RETRIES: '6' })).toEqual({ pingInterval: 10000, pingMaxRetries: 6 });
  });

  it('ignores a value that is not a positive whole number (0 would turn the pings off)', () => {
    expect(pingOf({ LIVE_PING_INTERVAL_MS: '0', LIVE_PING_MAX_RETRIES: 'many' })).toEqual({});
    expect(pingOf({ LIVE_PING_INTERVAL_MS: '-5', LIVE_PING_MAX_RETRIES: '2.5' })).toEqual({});
  });
});
