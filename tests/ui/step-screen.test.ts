/**
 * Issue #16, points 1, 2 and 8: one rule for the screen after a step, whoever made it, and a
 * consequence screen that stops at the next beat. Real sessions of a small scenario.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { beforeNextBeat } from '../../src/ui/decision-notices.ts';
import { screenAfter } from '../../src/ui/step-screen.ts';

const scenario = loadScenario(readFileSync(resolve(import.meta.dirname, '../fixtures/ui/step-screen.yaml'), 'utf8')).scenario as Scenario;

function last<T>(items: readonly T[]): T {
  const item = items.at(-1);
  if (item === undefined) throw new Error('empty');
  return item;
}

describe('screenAfter', () => {
  it('shows the consequence of a recorded choice exactly as of a click', () => {
    const session = createSession(scenario, { seed: 1 });
    const before = session.state();
    session.choose('speak');
    const step = screenAfter(last(session.log()), before, session.finished());
    expect(step.kind).toBe('consequence');
    if (step.kind === 'consequence') expect(step.expired).toBe(false);
  });

  it('says the timer chose when the clock ran out', () => {
    const session = createSession(scenario, { seed: 1 });
    const before = session.state();
    session.expire();
    const step = screenAfter(last(session.log()), before, session.finished());
    expect(step).toMatchObject({ kind: 'consequence', expired: true });
  });

  it('stays for a note and redraws the war room for a pause', () => {
    const session = createSession(scenario, { seed: 1 });
    const before = session.state();
    session.note('Quiet room.');
    expect(screenAfter(last(session.log()), before, false)).toEqual({ kind: 'stay' });
    session.pause();
    expect(screenAfter(last(session.log()), before, false)).toEqual({ kind: 'war-room' });
    session.end();
    expect(screenAfter(last(session.log()), before, session.finished())).toEqual({ kind: 'ending' });
  });
});

describe('beforeNextBeat', () => {
  it('keeps the next beat\u2019s revised figure and its meters for the war room', () => {
    const session = createSession(scenario, { seed: 1 });
    const before = session.state();
    const result = session.choose('speak');
    const shown = beforeNextBeat(result.notices, before, result.state);
    expect(result.notices.some((notice) => notice.kind === 'contradiction')).toBe(true);
    expect(shown.notices.some((notice) => notice.kind === 'contradiction' || notice.kind === 'enter' || notice.kind === 'fact')).toBe(false);
    expect(shown.notices.some((notice) => notice.kind === 'decision')).toBe(true);
    // The claim's own effect shows; the penalty of its contradiction in the next beat does not.
    expect(shown.meters.trust).toBe(60);
    expect(result.state.meters.trust).toBeLessThan(60);
    // And it is dated at the hour of the decision, not at the next beat's.
    expect(result.state.time).toBeGreaterThan(before.time);
    expect(shown.time).toBe(before.time);
  });

  it('keeps a cap set on the way into the next beat off the consequence screen\u2019s dials', () => {
    const capped = loadScenario(readFileSync(resolve(import.meta.dirname, '../fixtures/ui/consequence-cut-cap.yaml'), 'utf8')).scenario as Scenario;
    const session = createSession(capped, { seed: 1 });
    const before = session.state();
    const result = session.choose('later');
    const shown = beforeNextBeat(result.notices, before, result.state);
    // The engine enters day four, then settles the clock: the missed filing caps trust there.
    expect(result.state.caps).toEqual({ trust: 40 });
    expect(shown.notices.some((notice) => notice.kind === 'limit')).toBe(false);
    expect(shown.caps).toEqual({});
    expect(shown.meters.trust).toBe(55);
  });
});
