/** Token buckets: a burst of `capacity`, refilled at `perSecond`; one bucket per key. */
export interface RateLimiter {
  /** True when `key` may act now (and spends a token). */
  take(key: string): boolean;
}

export function createRateLimiter(capacity: number, perSecond: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
      bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
      bucket.at = t;
      buckets.set(key, bucket);
      // Full buckets carry no information: dropping them keeps the map to the active keys.
      if (buckets.size > 10_000) for (const [k, b] of buckets) if (b.tokens >= capacity) buckets.delete(k);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}

/**
 * Join attempts per address: 60 at once (a classroom behind one NAT joins together), then one a
 * second; LIVE_JOIN_BURST raises the burst (load tests). At that rate a guesser needs about 10^5
 * years to hit one of a hundred live 10-character codes (secrets.ts).
 */
export const JOIN_BURST = 60;
export const JOIN_PER_SECOND = 1;
/** Messages per participant: 20 at once, then 5 a second. */
export const MESSAGE_BURST = 20;
export const MESSAGE_PER_SECOND = 5;
