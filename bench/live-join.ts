/**
 * How the live benchmarks' clients join: at a steady rate the matchmaker sustains (a ramp, in
 * clients per second; 0 for as fast as they can), and again after a pause when a join fails (a seat
 * reservation that expired before the WebSocket arrived, a busy server), as a real client retries.
 */
export interface JoinGate {
  /** Runs `join` when the ramp allows, retrying on failure; throws the last error after `attempts`. */
  join<T>(join: () => Promise<T>): Promise<T>;
  /** Joins that failed and were tried again. */
  retries(): number;
}

export function joinGate(perSecond: number, attempts = 8): JoinGate {
  let next = 0;
  let retries = 0;
  const slot = async (): Promise<void> => {
    if (perSecond <= 0) return;
    const now = performance.now();
    const at = Math.max(now, next);
    next = at + 1000 / perSecond;
    if (at > now) await new Promise((done) => setTimeout(done, at - now));
  };
  return {
    async join(join) {
      for (let attempt = 1; ; attempt += 1) {
        await slot();
        try {
          return await join();
        } catch (error) {
          if (attempt >= attempts) throw error;
          retries += 1;
          await new Promise((done) => setTimeout(done, Math.min(8000, 250 * 2 ** attempt) * (0.5 + Math.random())));
        }
      }
    },
    retries: () => retries,
  };
}
