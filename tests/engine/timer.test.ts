import { describe, expect, it } from 'vitest';
import { formatGameTime } from '../../src/debrief/game-time';
import { injectById } from '../../src/engine/injects';
import { createSession } from '../../src/engine/session';
import { decisionTimer } from '../../src/engine/timer';
import { loadFixture } from './load-fixture';

function manualClock(start: number) {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('decisionTimer', () => {
  it('counts real seconds on a timed decision, stopping while paused and adding extensions', () => {
    const scenario = loadFixture('flow');
    const clock = manualClock(0);
    const session = createSession(scenario, { seed: 1, now: clock.now });
    expect(decisionTimer(scenario, session.log(), clock.now())).toBeNull(); // intro has no decision
    clock.advance(5);
    session.continue();
    clock.advance(20);
    expect(decisionTimer(scenario, session.log(), clock.now())).toEqual({ limit: 60, remaining: 40, paused: false });
    session.pause();
    clock.advance(100);
    expect(decisionTimer(scenario, session.log(), clock.now())).toEqual({ limit: 60, remaining: 40, paused: true });
    session.resume();
    session.extend(30);
    clock.advance(10);
    expect(decisionTimer(scenario, session.log(), clock.now())).toEqual({ limit: 90, remaining: 60, paused: false });
    clock.advance(500);
    expect(decisionTimer(scenario, session.log(), clock.now())?.remaining).toBe(0);
    session.expire();
    expect(decisionTimer(scenario, session.log(), clock.now())).toBeNull();
  });
});

describe('formatGameTime', () => {
  it('counts days from clock_start and names the weekday, in the story\'s own time', () => {
    const scenario = loadFixture('flow'); // clock_start 2025-11-18T09:00, a Tuesday
    expect(formatGameTime(scenario, 0)).toBe('Day 1 · Tue 18 Nov 2025, 09:00');
    expect(formatGameTime(scenario, 29)).toBe('Day 2 · Wed 19 Nov 2025, 14:00');
    expect(formatGameTime(scenario, 14.5)).toBe('Day 1 · Tue 18 Nov 2025, 23:30');
    expect(formatGameTime(scenario, 15)).toBe('Day 2 · Wed 19 Nov 2025, 00:00');
    expect(formatGameTime(scenario, 24 * 44)).toBe('Day 45 · Thu 1 Jan 2026, 09:00');
  });
});

describe('injectById', () => {
  it('finds beat, deadline and optional injects', () => {
    expect(injectById(loadFixture('flow'), 'welcome')?.headline).toBe('Welcome');
    expect(injectById(loadFixture('flow'), 'leak')?.kind).toBe('chat');
    expect(injectById(loadFixture('deadlines'), 'regulator_letter')?.from).toBe('Regulator');
    expect(injectById(loadFixture('flow'), 'nothing')).toBeUndefined();
  });
});
