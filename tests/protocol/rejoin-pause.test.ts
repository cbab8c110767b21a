import { describe, expect, it } from 'vitest';
import { REJOIN_CAP_MS, REJOIN_FIRST_MS, rejoinPause } from '../../src/protocol/rejoin-pause.ts';

describe('rejoinPause', () => {
  it('doubles with each attempt up to its cap', () => {
    const top = (attempt: number): number => rejoinPause(attempt, () => 1);
    expect([0, 1, 2, 3].map(top)).toEqual([REJOIN_FIRST_MS, 2 * REJOIN_FIRST_MS, 4 * REJOIN_FIRST_MS, 8 * REJOIN_FIRST_MS]);
    expect(top(20)).toBe(REJOIN_CAP_MS);
  });

  it('spreads clients that failed together over the upper half of the pause', () => {
    const pauses = Array.from({ length: 11 }, (_, draw) => rejoinPause(3, () => draw / 10));
    expect(Math.min(...pauses)).toBe(4 * REJOIN_FIRST_MS);
    expect(Math.max(...pauses)).toBe(8 * REJOIN_FIRST_MS);
    expect(new Set(pauses).size).toBe(11);
  });
});
