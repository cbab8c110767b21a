/**
 * A wall-clock limit for an analysis worker. The analysis spends a budget of engine steps, which
 * bounds its work on any input, but a slow machine can still take long over it: past the limit the
 * worker is terminated and the page says so, instead of spinning (or running out of memory) forever.
 */

/** How long the debrief's best-path search may run, in the game and the debrief page. */
export const BEST_PATH_TIME_LIMIT_MS = 20_000;
/** How long the workshop's analysis may run before the page stops it. */
export const WORKSHOP_TIME_LIMIT_MS = 60_000;

/**
 * Terminates `worker` after `ms` unless the returned `cancel` is called first, then calls
 * `onTimeout` with the limit in whole seconds, for the page to say in its language.
 */
export function limitWorker(worker: { terminate(): void }, ms: number, onTimeout: (seconds: number) => void): () => void {
  const timer = setTimeout(() => {
    worker.terminate();
    onTimeout(Math.round(ms / 1000));
  }, ms);
  return () => clearTimeout(timer);
}
