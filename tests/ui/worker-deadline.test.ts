import { afterEach, describe, expect, it, vi } from 'vitest';
import { limitWorker } from '../../src/ui/worker-deadline';

describe('worker wall-clock limit', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('terminates a worker still running at its limit and says why', () => {
    vi.useFakeTimers();
    let terminated = 0;
    const said: number[] = [];
    limitWorker({ terminate: () => terminated++ }, 20_000, (seconds) => said.push(seconds));
    vi.advanceTimersByTime(19_999);
    expect(terminated).toBe(0);
    vi.advanceTimersByTime(1);
    expect(terminated).toBe(1);
    expect(said).toEqual([20]);
  });

  it('leaves a worker that answered in time alone', () => {
    vi.useFakeTimers();
    let terminated = 0;
    const cancel = limitWorker({ terminate: () => terminated++ }, 1_000, () => {});
    cancel();
    vi.advanceTimersByTime(5_000);
    expect(terminated).toBe(0);
  });
});
