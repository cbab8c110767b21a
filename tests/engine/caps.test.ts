import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../src/engine/layout';
import type { EngineEvent } from '../../src/engine/types';
import { playBoth } from './both-drivers';
import { loadFixture } from './load-fixture';

const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });
const leak: EngineEvent = { type: 'facilitator.inject', inject: 'leak' };

describe('meter caps and floors', () => {
  it('drops a meter to a new cap, raises it to a new floor, and applies the outcome\'s effects within them', () => {
    const { state, notices } = playBoth('caps', [choose('wait')]);
    expect(state.caps).toEqual({ trust: 55 });
    expect(state.floors).toEqual({ liability: 40 });
    expect(state.meters).toEqual({ trust: 50, liability: 40 });
    const limits = notices.filter((notice) => notice.kind === 'limit' || notice.kind === 'meter');
    expect(limits).toEqual([
      { kind: 'limit', meter: 'trust', bound: 'cap', value: 55, cause: 'deadline:report' },
      { kind: 'meter', meter: 'trust', from: 70, to: 55, cause: 'deadline:report' },
      { kind: 'limit', meter: 'liability', bound: 'floor', value: 40, cause: 'deadline:report' },
      { kind: 'meter', meter: 'liability', from: 30, to: 40, cause: 'deadline:report' },
      { kind: 'meter', meter: 'trust', from: 55, to: 50, cause: 'deadline:report' },
    ]);
  });

  it('keeps later bonuses under the cap: a fair add measures to the cap, a set clamps to it', () => {
    const fair = playBoth('caps', [choose('wait'), choose('apologise')]).state;
    expect(fair.meters).toEqual({ trust: 52, liability: 40 });
    expect(fair.ending).toBe('done');
    const reset = playBoth('caps', [choose('wait'), choose('reset')]).state;
    // The reset's own cap of 80 is higher than the 55 in force, so the lower one stays.
    expect(reset.caps).toEqual({ trust: 55 });
    expect(reset.meters).toEqual({ trust: 55, liability: 40 });
  });

  it('reaches the good ending when no cap is set', () => {
    const { state } = playBoth('caps', [choose('notify_now'), choose('apologise')]);
    expect(state.caps).toBeUndefined();
    expect(state.floors).toBeUndefined();
    expect(state.meters).toEqual({ trust: 80, liability: 0 });
    expect(state.ending).toBe('trusted');
  });

  it('holds a floor against a credibility penalty, and a lower cap wins over a higher one', () => {
    // The leak caps trust at 45 and floors liability at 50; the contradicted claim then costs
    // trust 10 but cannot take liability's -20 below the floor.
    expect(playBoth('caps', [leak, choose('notify_now')]).state.meters).toEqual({ trust: 35, liability: 50 });
    const { state } = playBoth('caps', [leak, choose('notify_now'), choose('settle')]);
    // Settling's cap of 45 and floor of 20 are no stricter; its +20 stops at the cap.
    expect(state.caps).toEqual({ trust: 45 });
    expect(state.floors).toEqual({ liability: 50 });
    expect(state.meters).toEqual({ trust: 45, liability: 50 });
  });

  it('keeps a cap or floor in the packed key only for meters some outcome limits', () => {
    const layout = layoutOf(loadFixture('caps'));
    expect(layout.capValues).toEqual([[45, 55, 80], []]);
    expect(layout.floorValues).toEqual([[], [20, 40, 50]]);
    expect(layout.caps[1]).toBeNull();
    expect(layout.caps[0]!.slot).toBeLessThan(layout.keyWidth);
    const plain = layoutOf(loadFixture('deadlines'));
    expect([...plain.caps, ...plain.floors].every((field) => field === null)).toBe(true);
  });
});
