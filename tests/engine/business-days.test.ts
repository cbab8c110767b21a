import { describe, expect, it } from 'vitest';
import { businessDaysDue, dueHour } from '../../src/engine/due-hour';
import type { EngineEvent } from '../../src/engine/types';
import { playBoth } from './both-drivers';
import { loadFixture } from './load-fixture';

const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });

// 2 June 2025 is a Monday.
const MONDAY_9 = '2025-06-02T09:00';

describe('business days', () => {
  it('counts the days after the start, Mondays to Fridays, and falls due at midnight ending the last', () => {
    // Monday 09:00 + 4 business days: Tue, Wed, Thu, Fri; due Friday 24:00 = Saturday 00:00.
    expect(businessDaysDue(MONDAY_9, 0, 4)).toBe(4 * 24 + 15);
    // Thursday 09:00: Fri, Mon, Tue, Wed; due Wednesday 24:00.
    expect(businessDaysDue(MONDAY_9, 72, 4)).toBe(72 + 15 + 6 * 24);
  });

  it('counts from the Monday after when the window opens on a weekend, as the SEC does', () => {
    // Saturday 7 June 10:00 (hour 121): Mon, Tue, Wed, Thu; due Thursday 24:00.
    const saturday = 5 * 24 + 1;
    const friday = 4 * 24 + 3;
    expect(businessDaysDue(MONDAY_9, saturday, 4)).toBe(businessDaysDue(MONDAY_9, friday, 4));
    expect(businessDaysDue(MONDAY_9, saturday, 4)).toBe(10 * 24 + 15);
  });

  it('keeps minutes of clock_start exact and ignores the machine\'s time zone', () => {
    expect(businessDaysDue('2025-06-02T09:30', 0, 1)).toBe(38.5);
  });

  it('opens the window starts_after hours after starts_when first held', () => {
    const scenario = loadFixture('business-days');
    const update = scenario.deadlines[1]!;
    // Chosen on Friday 09:00: the window opens Saturday 09:00, so Monday is the one business day.
    expect(dueHour(scenario, update, 0)).toBe(3 * 24 + 15);
  });

  it('meets a business-day deadline filed in time and misses one filed late, dated at its due hour', () => {
    const met = playBoth('business-days', [choose('file_now'), choose('update_now')]).state;
    expect(met.deadlines.form_8k).toEqual({ status: 'met', startedAt: 0, resolvedAt: 0 });
    // Hour 0 is Friday 6 June 09:00; four business days end on Thursday 12 June at 24:00.
    const late = playBoth('business-days', [choose('hold'), choose('hold_again')]);
    expect(late.state.deadlines.form_8k).toEqual({ status: 'missed', startedAt: 0, resolvedAt: 159 });
    expect(late.notices).toContainEqual({ kind: 'deadline', deadline: 'form_8k', status: 'missed', time: 159 });
  });

  it('starts a clock at the hour its choice was made, however late the next beat is', () => {
    // Filed on Tuesday 10 June 13:00 (hour 100), in time; the update's window opens a day later,
    // Wednesday 13:00, and its one business day is Thursday: due at its end, hour 159.
    const { state } = playBoth('business-days', [choose('hold'), choose('file_late'), choose('update_late')]);
    expect(state.deadlines.form_8k).toEqual({ status: 'met', startedAt: 0, resolvedAt: 100 });
    expect(state.deadlines.update).toEqual({ status: 'missed', startedAt: 100, resolvedAt: 159 });
  });
});
