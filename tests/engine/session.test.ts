import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay';
import { restore } from '../../src/engine/restore';
import { createSession } from '../../src/engine/session';
import type { EngineEvent } from '../../src/engine/types';
import { loadFixture } from './load-fixture';
import { randomPlayer } from './random-events';
import { engineFixtures, shippedScenarios } from './scenarios';
import { compileRules } from '../../src/engine/rules';

/** A fake wall clock: each reading is a second after the last. */
function fakeClock(start = 1_700_000_000_000): () => number {
  let now = start;
  return () => (now += 1000);
}

function send(session: ReturnType<typeof createSession>, event: EngineEvent) {
  switch (event.type) {
    case 'player.choose':
      return session.choose(event.choice);
    case 'player.continue':
      return session.continue();
    case 'clock.expire':
      return session.expire();
    case 'facilitator.inject':
      return session.inject(event.inject);
    case 'facilitator.jump':
      return session.jump(event.beat);
  }
}

describe('createSession', () => {
  it('logs every event with wall-clock and in-game time, refused ones included', () => {
    const session = createSession(loadFixture('flow'), { seed: 4, team: 'Blue', now: fakeClock(0) });
    session.continue();
    session.choose('secret');
    session.choose('apologise');
    expect(session.log().map(({ seq, wall, time, beat, event, accepted }) => ({ seq, wall, time, beat, type: event.type, accepted }))).toEqual([
      { seq: 0, wall: 1000, time: 0, beat: 'intro', type: 'session.start', accepted: true },
      { seq: 1, wall: 2000, time: 0, beat: 'intro', type: 'player.continue', accepted: true },
      { seq: 2, wall: 3000, time: 2, beat: 'choose', type: 'player.choose', accepted: false },
      { seq: 3, wall: 4000, time: 2, beat: 'choose', type: 'player.choose', accepted: true },
    ]);
    expect(session.log()[0]?.event).toEqual({ type: 'session.start', seed: 4, team: 'Blue' });
    expect(session.finished()).toBe(true);
    expect(session.state().ending).toBe('good_end');
  });

  it('undoes the last decision by replaying the log without it, keeping the undo in the log', () => {
    const session = createSession(loadFixture('deadlines'), { seed: 1, now: fakeClock() });
    const before = session.state();
    session.choose('wait');
    expect(session.state().deadlines.report?.status).toBe('missed');
    expect(session.undo().accepted).toBe(true);
    expect(session.state()).toEqual(before);
    expect(session.actor.getSnapshot().context.game).toEqual(before);
    session.choose('notify_now');
    expect(session.state().deadlines.report?.status).toBe('met');
    expect(session.log().map((entry) => entry.event.type)).toEqual(['session.start', 'player.choose', 'facilitator.undo', 'player.choose']);
    expect(replay(session.scenario, session.log(), 1)).toEqual(session.state());
    expect(createSession(loadFixture('deadlines'), { seed: 1 }).undo().accepted).toBe(false);
  });

  it('pauses the clock for expiry, refuses events after the end, and tells subscribers', () => {
    const session = createSession(loadFixture('flow'), { seed: 1, now: fakeClock() });
    const seen: string[] = [];
    const stop = session.subscribe((entry) => seen.push(entry.event.type));
    session.continue();
    session.pause();
    expect(session.paused()).toBe(true);
    expect(session.expire().reason).toBe('the session is paused');
    expect(session.pause().accepted).toBe(false);
    session.resume();
    session.note('Quiet room');
    session.end();
    expect(session.finished()).toBe(true);
    expect(session.choose('apologise').reason).toBe('the exercise has ended');
    stop();
    session.note('after');
    expect(seen).toEqual(['player.continue', 'session.pause', 'clock.expire', 'session.pause', 'session.resume', 'facilitator.note', 'facilitator.end', 'player.choose']);
  });

  it('replays a log to the identical state whatever its wall-clock times', () => {
    const scenario = loadFixture('triggers');
    const session = createSession(scenario, { seed: 21, now: fakeClock() });
    session.choose('stonewall');
    session.inject('nothing');
    session.continue();
    session.choose('finish');
    const log = session.log();
    const shifted = log.map((entry) => ({ ...entry, wall: entry.wall * 3 + 17 }));
    expect(replay(scenario, log, 21)).toEqual(session.state());
    expect(replay(scenario, shifted, 21)).toEqual(session.state());
    expect(replay(scenario, log, 21)).toEqual(replay(scenario, log, 21));
    expect(session.state().ending).toBe('done');
  });

  const everything = [...shippedScenarios(), ...engineFixtures()];
  it.each(everything.map(({ file, scenario }) => [file, scenario] as const))(
    'restores a save from every step of seeded playthroughs of %s to the uninterrupted run',
    (_file, load) => {
      const scenario = load();
      const rules = compileRules(scenario);
      for (let seed = 0; seed < 20; seed++) {
        const session = createSession(scenario, { seed, now: fakeClock() });
        const next = randomPlayer(rules, seed);
        for (let count = 0; count < 40 && !session.finished(); count++) {
          const saved = JSON.stringify(session.save());
          const event = next(session.state());
          const result = send(session, event);
          const restored = restore(saved, scenario, { now: fakeClock() });
          if (!restored.ok) throw new Error(restored.error.message);
          const resumed = send(restored.session, event);
          expect(resumed.state).toEqual(result.state);
          expect(resumed.notices).toEqual(result.notices);
          if (count % 7 === 3) session.undo();
        }
        expect(replay(scenario, session.log(), seed)).toEqual(session.state());
      }
    },
    120_000,
  );
});

describe('restore', () => {
  const scenario = loadFixture('flow');
  const session = createSession(scenario, { seed: 9, now: fakeClock() });
  session.continue();
  const save = session.save();
  const text = JSON.stringify(save);

  it('resumes a session from its JSON text or parsed value', () => {
    for (const input of [text, JSON.parse(text) as unknown]) {
      const result = restore(input, scenario);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.session.state()).toEqual(session.state());
        expect(result.session.log()).toEqual(session.log());
        expect(result.session.choose('apologise').state.ending).toBe('good_end');
      }
    }
  });

  it.each([
    ['truncated', text.slice(0, text.length / 2)],
    ['truncated', ''],
    ['unreadable', '{"format": nope}'],
    ['not-a-save', '[1, 2, 3]'],
    ['not-a-save', JSON.stringify({ ...save, format: 'other' })],
    ['version', JSON.stringify({ ...save, version: 2 })],
    ['other-scenario', JSON.stringify({ ...save, scenario: { ...save.scenario, id: 'tutorial' } })],
    ['changed-scenario', JSON.stringify({ ...save, scenario: { ...save.scenario, hash: 'feed' } })],
    ['corrupt', JSON.stringify({ ...save, seed: 'x' })],
    ['corrupt', JSON.stringify({ ...save, log: [{ seq: 0 }] })],
    ['corrupt', JSON.stringify({ ...save, log: save.log.slice(1) })],
    ['corrupt', JSON.stringify({ ...save, state: { ...save.state, meters: { trust: 99, regulator: 55 } } })],
    ['corrupt', JSON.stringify({ ...save, paused: true })],
  ])('gives a typed %s error', (code, input) => {
    const result = restore(input, scenario);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('Session.apply', () => {
  it('applies every kind of session event as its own method does, and refuses a second start unlogged', () => {
    const scenario = loadFixture('flow');
    const byMethod = createSession(scenario, { seed: 3, now: fakeClock() });
    const byApply = createSession(scenario, { seed: 3, now: fakeClock() });
    byMethod.continue();
    byMethod.pause();
    byMethod.expire();
    byMethod.resume();
    byMethod.extend(30);
    byMethod.note('steady');
    byMethod.inject('nothing');
    byMethod.jump('choose');
    byMethod.choose('apologise');
    byMethod.undo();
    byMethod.end();
    const events = byMethod.log().slice(1).map((entry) => entry.event);
    for (const event of events) byApply.apply(event);
    expect(byApply.log()).toEqual(byMethod.log());
    expect(byApply.state()).toEqual(byMethod.state());
    expect(byApply.finished()).toBe(true);
    const restart = byApply.apply({ type: 'session.start', seed: 3 });
    expect(restart).toMatchObject({ accepted: false, reason: 'the session has already started' });
    expect(byApply.log()).toHaveLength(byMethod.log().length);
  });
});
