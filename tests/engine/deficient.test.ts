import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../src/engine/layout';
import { packedRules } from '../../src/engine/packed';
import type { EngineEvent } from '../../src/engine/types';
import { playBoth } from './both-drivers';
import { loadFixture } from './load-fixture';

const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });

describe('deficient_when', () => {
  it('meets a deadline deficiently when deficient_when holds as it is met, with its own outcome and inject', () => {
    const { state, notices } = playBoth('deficient', [choose('notify_bare')]);
    expect(state.deadlines.report).toEqual({ status: 'deficient', startedAt: 0, resolvedAt: 0 });
    expect(state.meters.regulator).toBe(45);
    expect(notices).toContainEqual({ kind: 'deadline', deadline: 'report', status: 'deficient', time: 0 });
    expect(notices).toContainEqual({ kind: 'inject', inject: 'regulator_query', source: 'deadline' });
  });

  it('meets it in full when deficient_when does not hold', () => {
    const { state, notices } = playBoth('deficient', [choose('notify_full')]);
    expect(state.deadlines.report).toEqual({ status: 'met', startedAt: 0, resolvedAt: 0 });
    expect(state.meters.regulator).toBe(60);
    expect(notices.some((notice) => notice.kind === 'inject' && notice.inject === 'regulator_query')).toBe(false);
  });

  it('lets conditions test deficient(x), and met(x) stays false for a deficient deadline', () => {
    expect(playBoth('deficient', [choose('notify_bare'), choose('notify_late')]).state.ending).toBe('sloppy');
    expect(playBoth('deficient', [choose('notify_full'), choose('notify_late')]).state.ending).toBe('done');
    expect(playBoth('deficient', [choose('wait'), choose('notify_late')]).state.deadlines.report?.status).toBe('missed');
  });

  it('gives the packed status a third bit only in a scenario with a deficient_when', () => {
    expect(layoutOf(loadFixture('deficient')).deadlineStatus[0]!.mask).toBe(7);
    expect(layoutOf(loadFixture('deadlines')).deadlineStatus[0]!.mask).toBe(3);
  });

  it('unpacks the deficient status', () => {
    const { state } = playBoth('deficient', [choose('notify_bare')]);
    const packed = packedRules(loadFixture('deficient'));
    expect(packed.unpack(packed.pack(state)).deadlines).toEqual(state.deadlines);
  });
});
