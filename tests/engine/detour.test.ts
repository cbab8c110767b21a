/**
 * A decision opened by a pushed optional inject (a detour): the push opens it, answering returns
 * to the interrupted beat as it was, refusals while it is open say why, and saves, replays, undo
 * and the three drivers (step, packed, xstate) agree on it.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay';
import { restore } from '../../src/engine/restore';
import { compileRules } from '../../src/engine/rules';
import { createSession } from '../../src/engine/session';
import { decisionTimer } from '../../src/engine/timer';
import type { EngineEvent } from '../../src/engine/types';
import { playBoth } from './both-drivers';
import { loadFixture } from './load-fixture';

const push: EngineEvent = { type: 'facilitator.inject', inject: 'treasury_call' };
const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });

describe('a pushed inject that opens a detour', () => {
  it('opens the detour over the current beat and returns to it, not entering it again, when answered', () => {
    const { state, notices } = playBoth('detour', [push]);
    expect(state.beat).toBe('payment_call');
    expect(state.returnTo).toBe('morning');
    expect(state.flags.warned).toBe(true);
    expect(notices.filter((n) => n.kind === 'inject').map((n) => n.kind === 'inject' && n.inject)).toEqual(['morning_mail', 'treasury_call', 'call_note']);
    const after = playBoth('detour', [push, choose('pay')]);
    expect(after.state.beat).toBe('morning');
    expect(after.state.returnTo).toBeUndefined();
    expect(after.state.chosen).toEqual(['pay']);
    expect(after.state.meters.exposure).toBe(50);
    // The morning's on_enter (+1 trust) and its inject came once: the return does not enter it again.
    expect(after.state.meters.trust).toBe(51);
    expect(after.notices.filter((n) => n.kind === 'enter').map((n) => n.kind === 'enter' && n.beat)).toEqual(['morning', 'payment_call']);
    expect(after.notices.at(-1)).toEqual({ kind: 'return', beat: 'morning' });
  });

  it('lets play carry on from the interrupted decision to an ending the detour changed', () => {
    const paid = playBoth('detour', [push, choose('pay'), choose('speak'), { type: 'player.continue' }]);
    expect(paid.state.ending).toBe('costly');
    expect(paid.state.fired).toEqual(['bank_call']);
    const refused = playBoth('detour', [push, choose('call_back'), choose('speak'), { type: 'player.continue' }]);
    expect(refused.state.ending).toBe('done');
    expect(refused.state.chosen).toEqual(['call_back', 'speak']);
  });

  it('answers the detour with its own default when its time runs out, and returns', () => {
    const { state } = playBoth('detour', [push, { type: 'clock.expire' }]);
    expect(state.beat).toBe('morning');
    expect(state.chosen).toEqual(['hold_line']);
  });

  it('a push that opens nothing still only delivers, in a detour or not', () => {
    const { state } = playBoth('detour', [push, { type: 'facilitator.inject', inject: 'press_call' }, choose('call_back')]);
    expect(state.beat).toBe('morning');
  });

  it('refuses, with the reason, what cannot happen while a detour is open or after it', () => {
    const rules = compileRules(loadFixture('detour'));
    const open = rules.step(rules.initial(1).state, push).state;
    expect(rules.step(open, choose('speak')).reason).toBe("'speak' is not a choice at beat 'payment_call'");
    expect(rules.step(open, { type: 'player.continue' }).reason).toBe("beat 'payment_call' waits for a decision");
    expect(rules.step(open, push).reason).toBe("'payment_call' is open");
    const answered = rules.step(open, choose('call_back')).state;
    expect(rules.step(answered, push).reason).toBe("'payment_call' was answered");
    expect(rules.step(answered, { type: 'facilitator.jump', beat: 'payment_call' }).reason).toBe("'payment_call' opens by a push");
  });

  it('a jump out of an open detour abandons it, on the session and its xstate actor alike', () => {
    const session = createSession(loadFixture('detour'), { seed: 1 });
    session.inject('treasury_call');
    expect(session.jump('afternoon').accepted).toBe(true);
    expect(session.state().beat).toBe('afternoon');
    expect(session.state().returnTo).toBeUndefined();
    expect(session.actor.getSnapshot().value).toEqual({ playing: 'beat-afternoon' });
  });

  it('saves, restores and replays mid-detour, and undo asks the detour again', () => {
    const session = createSession(loadFixture('detour'), { seed: 3, now: () => 1_700_000_000_000 });
    session.inject('treasury_call');
    const saved = JSON.parse(JSON.stringify(session.save())) as unknown;
    const restored = restore(saved, session.scenario);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.session.state()).toEqual(session.state());
    expect(restored.session.choose('call_back').accepted).toBe(true);
    expect(restored.session.state().beat).toBe('morning');
    expect(restored.session.actor.getSnapshot().value).toEqual({ playing: 'beat-morning' });
    expect(replay(session.scenario, restored.session.log(), 3)).toEqual(restored.session.state());
    expect(restored.session.undo().accepted).toBe(true);
    expect(restored.session.state().beat).toBe('payment_call');
    expect(restored.session.state().returnTo).toBe('morning');
    // Undo takes back decisions, not pushes: the detour stays open and no decision is left to undo.
    expect(restored.session.undo().reason).toBe('there is no decision to undo');
    expect(restored.session.choose('hold_line').accepted).toBe(true);
    expect(restored.session.state().beat).toBe('morning');
    expect(restored.session.actor.getSnapshot().context.game).toEqual(restored.session.state());
  });

  it("starts the detour's own clock at the push, and the interrupted decision's afresh on the return", () => {
    let wall = 1_000_000;
    const session = createSession(loadFixture('detour'), { seed: 1, now: () => wall });
    wall += 50_000;
    session.inject('treasury_call');
    wall += 10_000;
    expect(decisionTimer(session.scenario, session.log(), wall)).toEqual({ limit: 30, remaining: 20, paused: false });
    session.choose('call_back');
    wall += 5_000;
    expect(decisionTimer(session.scenario, session.log(), wall)).toEqual({ limit: 60, remaining: 55, paused: false });
  });
});
