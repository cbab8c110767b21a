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

/** Join attempts per address: 10 at once, then one every 6 seconds. */
export const JOIN_BURST = 10;
export const JOIN_PER_SECOND = 1 / 6;
/** Messages per participant: 20 at once, then 5 a second. */
export const MESSAGE_BURST = 20;
export const MESSAGE_PER_SECOND = 5;
