/** The value at percentile `p` (0-100) of ascending `sorted` values, 0 when there are none: the benchmark's figures. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
