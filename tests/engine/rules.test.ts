import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/engine/rules';
import type { EngineEvent, GameState } from '../../src/engine/types';
import { loadFixture } from './load-fixture';

const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });

function play(name: string, events: readonly EngineEvent[], seed = 1): GameState {
  const rules = compileRules(loadFixture(name));
  let state = rules.initial(seed).state;
  for (const event of events) {
    const result = rules.step(state, event);
    expect(result.reason).toBeUndefined();
    state = result.state;
  }
  return state;
}

describe('compileRules', () => {
  it('starts with declared starts and the start beat entered', () => {
    const rules = compileRules(loadFixture('minimal'));
    const { state, notices } = rules.initial(1);
    expect(state).toMatchObject({ beat: 'only', ending: null, time: 0, meters: { trust: 50, liability: 20 }, chosen: [] });
    // 'only' is entered once and no visits() names it, so its count is not recorded (kept-visits.ts).
    expect(state.visits).toEqual({});
    expect(notices).toEqual([{ kind: 'enter', beat: 'only', time: 0 }]);
  });

  it('resolves the first ending whose condition holds, else the fallback', () => {
    expect(play('minimal', [choose('good')]).ending).toBe('fine');
    expect(play('minimal', [choose('bad')]).ending).toBe('poor');
  });

  it('refuses unknown and finished moves and leaves the state as it was', () => {
    const rules = compileRules(loadFixture('minimal'));
    const start = rules.initial(1).state;
    const unknown = rules.step(start, choose('nonsense'));
    expect(unknown).toMatchObject({ accepted: false, state: start, notices: [] });
    expect(unknown.reason).toMatch(/not a choice at beat 'only'/);
    expect(rules.step(start, { type: 'player.continue' }).accepted).toBe(false);
    expect(rules.step(start, { type: 'clock.expire' }).reason).toMatch(/no default choice/);
    const ended = rules.step(start, choose('good')).state;
    expect(rules.isFinished(ended)).toBe(true);
    expect(rules.step(ended, choose('good')).reason).toBe('the exercise has ended');
    expect(rules.available(ended)).toEqual([]);
  });

  it('never mutates the state it is given', () => {
    const rules = compileRules(loadFixture('claims'));
    const start = rules.initial(1).state;
    const frozen = JSON.stringify(start);
    rules.step(start, choose('say_confirmed'));
    expect(JSON.stringify(start)).toBe(frozen);
  });
});

describe('step: claims', () => {
  it('penalises a contradicted claim scaled by confidence, rounded half away from zero', () => {
    expect(play('claims', [choose('say_confirmed')]).meters).toEqual({ trust: 35, regulator: 40 });
    expect(play('claims', [choose('say_preliminary')]).meters).toEqual({ trust: 42, regulator: 45 }); // -7.5 -> -8
    expect(play('claims', [choose('say_estimate')]).meters).toEqual({ trust: 46, regulator: 47 }); // -3.75 -> -4, -2.5 -> -3
  });

  it('records the contradiction once, whatever the later revisions', () => {
    const state = play('claims', [choose('say_confirmed'), choose('revise_again')]);
    expect(state.meters.trust).toBe(35);
    expect(state.claims).toEqual([
      { fact: 'accounts', value: 4500, confidence: 'confirmed', choice: 'say_confirmed', beat: 'statement', time: 0, contradictedBy: { value: 33_700_000, time: 24 } },
    ]);
  });

  it('tolerates a revision within ten per cent of the claim', () => {
    const rules = compileRules(loadFixture('claims'));
    const result = rules.step(rules.initial(1).state, choose('say_wide'));
    // The choice revises to 4,600 (within 10 % of 4,200) before it claims; entering the next beat revises to 33.7 M.
    expect(result.notices.map((notice) => notice.kind)).toEqual(['decision', 'fact', 'claim', 'enter', 'fact', 'contradiction', 'meter', 'meter']);
  });
});

describe('step: deadlines', () => {
  it('starts a clock when its condition first holds and meets it in time', () => {
    const state = play('deadlines', [choose('notify_now')]);
    expect(state.deadlines.report).toEqual({ status: 'met', startedAt: 0, resolvedAt: 0 });
    expect(state.meters.regulator).toBe(60);
  });

  it('misses a clock once the hour passes its limit, applies the consequence and delivers the inject', () => {
    const rules = compileRules(loadFixture('deadlines'));
    const start = rules.initial(1);
    expect(start.state.deadlines.report).toEqual({ status: 'running', startedAt: 0 });
    const late = rules.step(start.state, choose('wait'));
    // Noticed on entering the beat at hour 48, but dated at its due hour, 0 + 24.
    expect(late.state.deadlines.report).toEqual({ status: 'missed', startedAt: 0, resolvedAt: 24 });
    expect(late.notices).toContainEqual({ kind: 'deadline', deadline: 'report', status: 'missed', time: 24 });
    expect(late.state.meters.regulator).toBe(30);
    expect(late.notices).toContainEqual({ kind: 'inject', inject: 'regulator_letter', source: 'deadline' });
    const after = rules.step(late.state, choose('notify_late')).state;
    expect(after.deadlines.report?.status).toBe('missed');
    expect(after.meters.regulator).toBe(30);
  });
});

describe('step: triggers and chance', () => {
  it('rolls a chance once with the seeded generator and records the trigger as fired either way', () => {
    const outcomes = new Set<boolean>();
    for (let seed = 0; seed < 40; seed++) {
      const state = play('triggers', [choose('calm')], seed);
      expect(state.fired).toContain('coin');
      outcomes.add(state.meters.trust === 55);
      expect(play('triggers', [choose('calm')], seed)).toEqual(state);
    }
    expect(outcomes).toEqual(new Set([true, false]));
  });

  it('follows a goto when entering a beat, after the trigger inject and outcome', () => {
    const rules = compileRules(loadFixture('triggers'));
    const result = rules.step(rules.initial(3).state, choose('stonewall'));
    expect(result.state.beat).toBe('summons');
    expect(result.state.flags.boycott).toBe(true);
    expect(result.state.visits).toMatchObject({ second: 1, summons: 1 });
    expect(result.state.fired).toEqual(expect.arrayContaining(['rumour', 'collapse']));
    const kinds = result.notices.filter((notice) => notice.kind === 'enter').map((notice) => (notice.kind === 'enter' ? notice.beat : ''));
    expect(kinds).toEqual(['second', 'summons']);
  });

  it('picks inject variants with the seeded generator', () => {
    const rules = compileRules(loadFixture('triggers'));
    const picked = new Set<number | undefined>();
    for (let seed = 0; seed < 30; seed++) {
      const inject = rules.initial(seed).notices.find((notice) => notice.kind === 'inject');
      picked.add(inject?.kind === 'inject' ? inject.variant : undefined);
    }
    expect(picked).toEqual(new Set([0, 1, 2]));
  });
});

describe('step: flow', () => {
  it('continues through a beat without a decision and applies on_enter fair adds', () => {
    const rules = compileRules(loadFixture('flow'));
    const start = rules.initial(1).state;
    expect(rules.available(start)).toEqual([]);
    const next = rules.step(start, { type: 'player.continue' }).state;
    expect(next).toMatchObject({ beat: 'choose', time: 2, meters: { regulator: 55 } });
    expect(rules.available(next).map((choice) => choice.id)).toEqual(['apologise', 'silence']);
    expect(rules.step(next, choose('secret')).reason).toMatch(/not available now \(trust > 90\)/);
  });

  it('takes the default choice on clock.expire and marks the decision expired', () => {
    const rules = compileRules(loadFixture('flow'));
    const at = rules.step(rules.initial(1).state, { type: 'player.continue' }).state;
    const result = rules.step(at, { type: 'clock.expire' });
    expect(result.notices[0]).toEqual({ kind: 'decision', beat: 'choose', choice: 'silence', expired: true });
    expect(result.state).toMatchObject({ ending: 'bad_end', chosen: ['silence'], meters: { trust: 40 } });
  });

  it('applies a facilitator inject and jumps to a named beat', () => {
    const rules = compileRules(loadFixture('flow'));
    const start = rules.initial(1).state;
    const pushed = rules.step(start, { type: 'facilitator.inject', inject: 'leak' });
    expect(pushed.state.meters.trust).toBe(40);
    expect(pushed.notices[0]).toEqual({ kind: 'inject', inject: 'leak', source: 'facilitator' });
    expect(rules.step(start, { type: 'facilitator.inject', inject: 'welcome' }).accepted).toBe(false);
    const jumped = rules.step(start, { type: 'facilitator.jump', beat: 'choose' }).state;
    expect(jumped.beat).toBe('choose');
  });

  it('reaches the best ending when its condition holds', () => {
    expect(play('flow', [{ type: 'player.continue' }, choose('apologise')])).toMatchObject({ ending: 'good_end', meters: { trust: 60 } });
  });
});
