import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../src/engine/types';
import { playBoth } from './both-drivers';

const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });

describe('clocks that start from an event', () => {
  it('starts a clock whose starts_when names a choice at the hour of the choice', () => {
    // The choice is made at hour 10 and the next beat is at hour 40: the clock started at 10.
    const { state, notices } = playBoth('starts-after', [choose('promise_report')]);
    expect(notices).toContainEqual({ kind: 'deadline', deadline: 'promise', status: 'running', time: 10 });
    expect(state.deadlines.promise?.startedAt).toBe(10);
  });

  it('dates a miss at start + hours, not at the later beat where it was noticed', () => {
    const { state } = playBoth('starts-after', [choose('promise_report'), choose('stall')]);
    expect(state.deadlines.promise).toEqual({ status: 'missed', startedAt: 10, resolvedAt: 34 });
  });

  it('opens a window starts_after hours after the event: due at event + starts_after + hours', () => {
    // Flag set at hour 10; window opens at 34 and runs 12 hours: due at 46. Delivered at 40: met.
    const met = playBoth('starts-after', [choose('promise_report'), choose('deliver')]).state;
    expect(met.deadlines.follow_up).toEqual({ status: 'met', startedAt: 10, resolvedAt: 40 });
    const missed = playBoth('starts-after', [choose('promise_report'), choose('stall'), { type: 'player.continue' }]).state;
    expect(missed.deadlines.follow_up).toEqual({ status: 'missed', startedAt: 10, resolvedAt: 46 });
  });
});
