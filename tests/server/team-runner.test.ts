import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogEntry, SessionEvent } from '../../src/engine/types.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { createTeamRunner, type TeamRunner } from '../../src/server/team-runner.ts';
import type { LiveStore } from '../../src/server/store.ts';
import { memoryStore } from './fake-store.ts';

const tutorial = loadScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/tutorial.yaml'), 'utf8')).scenario!;

/** A fake clock and timers: time moves only when the test says. */
function fakeTime() {
  let now = 1_000_000;
  const timers: { at: number; callback: () => void; cleared: boolean }[] = [];
  return {
    now: () => now,
    setTimer(callback: () => void, ms: number) {
      const timer = { at: now + ms, callback, cleared: false };
      timers.push(timer);
      return { clear: () => void (timer.cleared = true) };
    },
    advance(ms: number) {
      now += ms;
      for (const timer of timers) if (!timer.cleared && timer.at <= now) {
        timer.cleared = true;
        timer.callback();
      }
    },
  };
}

function runner(store: LiveStore, team: string, time = fakeTime(), log?: readonly LogEntry[]): TeamRunner {
  return createTeamRunner({ code: 'CODE', team, scenario: tutorial, seed: 7, store, now: time.now, setTimer: time.setTimer, onEntry: () => undefined, ...(log ? { log } : {}) });
}

const withoutWall = (log: readonly LogEntry[]) => log.map(({ wall: _wall, ...rest }) => rest);

describe('team runner', () => {
  it('takes a push mid-decision that opens a detour: its own timer runs on the server, then play returns and restores', async () => {
    const detour = loadScenario(readFileSync(resolve(import.meta.dirname, '../fixtures/engine/detour.yaml'), 'utf8')).scenario!;
    const store = await memoryStore();
    const time = fakeTime();
    const team = createTeamRunner({ code: 'CODE', team: 'Red', scenario: detour, seed: 7, store, now: time.now, setTimer: time.setTimer, onEntry: () => undefined });
    await team.start();
    time.advance(20_000);
    expect(await team.apply({ type: 'facilitator.inject', inject: 'treasury_call' })).toMatchObject({ ok: true });
    expect(team.session().state()).toMatchObject({ beat: 'payment_call', returnTo: 'morning' });
    expect(await team.apply({ type: 'player.choose', choice: 'speak' })).toMatchObject({ ok: false, reason: "'speak' is not a choice at beat 'payment_call'" });
    // The detour's 30 seconds run from the push, not from the morning's start.
    time.advance(29_000);
    expect(team.session().state().beat).toBe('payment_call');
    time.advance(2_000);
    await expect.poll(() => team.session().state().beat).toBe('morning');
    expect(team.session().state().chosen).toEqual(['hold_line']);
    const restored = createTeamRunner({ code: 'CODE', team: 'Red', scenario: detour, seed: 7, store, now: time.now, setTimer: time.setTimer, onEntry: () => undefined, log: (await store.readLogs('CODE')).get('Red')! });
    expect(restored.session().state()).toEqual(team.session().state());
    team.stop();
    restored.stop();
  });

  it('stores an accepted event before it resolves, and a refused one changes nothing', async () => {
    const store = await memoryStore();
    const team = runner(store, 'Red');
    await team.start();
    const refused = await team.apply({ type: 'player.choose', choice: 'no_such_choice' });
    expect(refused.ok).toBe(false);
    const accepted = await team.apply({ type: 'player.choose', choice: 'notify_now' });
    expect(accepted).toMatchObject({ ok: true, entry: { seq: 1 } });
    expect((await store.readLogs('CODE')).get('Red')!.map((entry) => entry.event.type)).toEqual(['session.start', 'player.choose']);
    expect(team.log()).toHaveLength(2);
  });

  it('runs the decision timer on the server: the default choice is taken when it runs out, and pause holds it', async () => {
    const store = await memoryStore();
    const time = fakeTime();
    const team = runner(store, 'Red', time);
    await team.start();
    // The tutorial times its regulator decision, the fourth on this route (its first is untimed
    // for newcomers; the intrusion report, since 1.8.0, is the second, timed too since 1.9.0).
    const toDecision = async (): Promise<void> => {
      while (!team.session().rules.beat(team.session().state().beat).decision) await team.apply({ type: 'player.continue' });
    };
    await team.apply({ type: 'player.choose', choice: 'wait_for_forensics' });
    await toDecision();
    await team.apply({ type: 'player.choose', choice: 'report_intrusion' });
    await toDecision();
    await team.apply({ type: 'player.choose', choice: 'no_comment' });
    await toDecision();
    expect(team.session().rules.beat(team.session().state().beat).decision?.timeLimit).toBe(120);
    const before = team.log().length;
    await team.apply({ type: 'session.pause' });
    time.advance(200_000);
    await Promise.resolve();
    expect(team.log().slice(before).map((entry) => entry.event.type)).toEqual(['session.pause']);
    await team.apply({ type: 'session.resume' });
    time.advance(119_000);
    expect(team.log()).toHaveLength(before + 2);
    time.advance(2_000);
    await new Promise((done) => setTimeout(done, 10));
    expect(team.log().at(-1)!.event).toEqual({ type: 'clock.expire' });
    expect(team.session().state().chosen).toEqual(['wait_for_forensics', 'report_intrusion', 'no_comment', 'lawyer_first']);
  });

  it('rolls back an event the store refused, so the log stays what is stored', async () => {
    const store = await memoryStore();
    const failing: LiveStore = { ...store, append: async () => Promise.reject(new Error('disk full')) };
    const team = runner(failing, 'Red');
    const applied = await team.apply({ type: 'player.choose', choice: 'notify_now' });
    expect(applied).toMatchObject({ ok: false });
    expect(applied.ok ? '' : applied.reason).toMatch(/could not store it \(disk full\)/);
    // Nothing was stored, so the team is back at its start (whose entry is stored with the next event).
    expect(team.log().map((entry) => entry.event.type)).toEqual(['session.start']);
    expect(team.session().state().chosen).toEqual([]);
  });

  it('restores a team from its stored log exactly', async () => {
    const store = await memoryStore();
    const team = runner(store, 'Red');
    await team.start();
    await team.apply({ type: 'player.choose', choice: 'notify_now' });
    await team.apply({ type: 'player.continue' });
    const stored = (await store.readLogs('CODE')).get('Red')!;
    const again = runner(store, 'Red', fakeTime(), stored);
    expect(again.log()).toEqual(team.log());
    expect(again.session().state()).toEqual(team.session().state());
  });

  it('gives every team the same log whatever the interleaving of their intents', async () => {
    const intent = fc.oneof(
      fc.constantFrom<SessionEvent>(
        { type: 'player.choose', choice: 'notify_now' },
        { type: 'player.choose', choice: 'wait_for_forensics' },
        { type: 'player.choose', choice: 'report_intrusion' },
        { type: 'player.choose', choice: 'confirm_and_correct' },
        { type: 'player.choose', choice: 'no_comment' },
        { type: 'player.choose', choice: 'report_pipc' },
        { type: 'player.continue' },
        { type: 'session.pause' },
        { type: 'session.resume' },
        { type: 'facilitator.undo' },
      ),
    );
    const teams = ['Red', 'Green', 'Blue'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...teams), intent), { maxLength: 30 }), fc.func(fc.integer()), async (intents, order) => {
        // One by one, each team alone.
        const alone = new Map<string, readonly LogEntry[]>();
        for (const team of teams) {
          const store = await memoryStore();
          const run = runner(store, team);
          await run.start();
          for (const [owner, event] of intents) if (owner === team) await run.apply(event);
          alone.set(team, run.log());
        }
        // All at once, sent in a shuffled interleaving that keeps each team's own order.
        const store = await memoryStore();
        const runs = new Map(teams.map((team) => [team, runner(store, team)]));
        await Promise.all([...runs.values()].map((run) => run.start()));
        const queues = new Map(teams.map((team) => [team, intents.filter(([owner]) => owner === team).map(([, event]) => event)]));
        const pending: Promise<unknown>[] = [];
        for (let step = 0; [...queues.values()].some((queue) => queue.length > 0); step += 1) {
          const ready = teams.filter((team) => queues.get(team)!.length > 0);
          const team = ready[Math.abs(order(step)) % ready.length]!;
          pending.push(runs.get(team)!.apply(queues.get(team)!.shift()!));
        }
        await Promise.all(pending);
        const stored = await store.readLogs('CODE');
        for (const team of teams) {
          expect(withoutWall(runs.get(team)!.log())).toEqual(withoutWall(alone.get(team)!));
          expect(withoutWall(stored.get(team)!)).toEqual(withoutWall(alone.get(team)!));
        }
      }),
      { numRuns: 40 },
    );
  });
});
