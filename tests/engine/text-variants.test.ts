import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { layoutOf } from '../../src/engine/layout';
import { createScenarioMachine } from '../../src/engine/machine';
import { packedRules } from '../../src/engine/packed';
import { compileRules } from '../../src/engine/rules';
import type { EngineEvent, GameState, Notice } from '../../src/engine/types';
import { loadFixture } from './load-fixture';

const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });
const CONTINUE: EngineEvent = { type: 'player.continue' };

/**
 * Plays `events` through the pure step and the xstate machine side by side, expecting the same
 * states and notices from both; returns the step's final state and every notice in order.
 */
function playBoth(name: string, events: readonly EngineEvent[]): { state: GameState; notices: Notice[] } {
  const scenario = loadFixture(name);
  const rules = compileRules(scenario);
  const actor = createActor(createScenarioMachine(scenario), { input: { seed: 1 } }).start();
  const start = rules.initial(1);
  let state = start.state;
  const notices: Notice[] = [...start.notices];
  expect(actor.getSnapshot().context.notices).toEqual(start.notices);
  for (const event of events) {
    const result = rules.step(state, event);
    expect(result.reason).toBeUndefined();
    actor.send(event);
    expect(actor.getSnapshot().context.game).toEqual(result.state);
    expect(actor.getSnapshot().context.notices).toEqual(result.notices);
    state = result.state;
    notices.push(...result.notices);
  }
  actor.stop();
  return { state, notices };
}

const injectNotice = (notices: readonly Notice[], id: string) => notices.find((n) => n.kind === 'inject' && n.inject === id);

describe('conditional texts in the engine', () => {
  it('records the fallback when no variant holds, and the variant when one does, on delivery', () => {
    const { notices } = playBoth('text-variants', [{ type: 'facilitator.inject', inject: 'leak' }, choose('tell')]);
    // Nothing was told when these arrived: the fallbacks, recorded as no pick at all.
    expect(injectNotice(notices, 'welcome')).toEqual({ kind: 'inject', inject: 'welcome', source: 'beat' });
    expect(injectNotice(notices, 'leak')).toEqual({ kind: 'inject', inject: 'leak', source: 'facilitator' });
  });

  it("picks a choice's feedback against the state right after its outcome", () => {
    const { notices } = playBoth('text-variants', [choose('tell')]);
    // trust 50 + 10 = 60 only after the outcome: the first variant.
    expect(notices.filter((n) => n.kind === 'feedback')).toEqual([{ kind: 'feedback', choice: 'tell', feedbackCase: 0 }]);
  });

  it('reports no feedback pick for a choice whose feedback has no variants', () => {
    const { notices } = playBoth('text-variants', [choose('blame')]);
    expect(notices.some((n) => n.kind === 'feedback')).toBe(false);
  });

  it("picks a choice's outcome story against the state right after its outcome, after its feedback", () => {
    const { notices } = playBoth('text-variants', [choose('tell')]);
    // trust 60 only after the outcome: the first variant; before it (50) the fallback would read.
    const picks = notices.filter((n) => n.kind === 'feedback' || n.kind === 'consequence');
    expect(picks).toEqual([
      { kind: 'feedback', choice: 'tell', feedbackCase: 0 },
      { kind: 'consequence', choice: 'tell', consequenceCase: 0 },
    ]);
  });

  it('records no story pick for a plain consequence, and none when notices are not collected', () => {
    const { notices } = playBoth('text-variants', [choose('blame')]);
    expect(notices.some((n) => n.kind === 'consequence')).toBe(false);
    const scenario = loadFixture('text-variants');
    const quiet = compileRules(scenario, { notices: false });
    expect(quiet.step(quiet.initial(1).state, choose('tell')).notices).toEqual([]);
  });

  it("picks a trigger's and a missed deadline's inject text on delivery, and the epilogue on reaching the ending", () => {
    const { state, notices } = playBoth('text-variants', [choose('blame'), CONTINUE]);
    expect(injectNotice(notices, 'backlash_post')).toEqual({ kind: 'inject', inject: 'backlash_post', source: 'trigger', bodyCase: 0 });
    expect(injectNotice(notices, 'notice_letter')).toEqual({ kind: 'inject', inject: 'notice_letter', source: 'deadline', bodyCase: 0 });
    expect(state.ending).toBe('finished');
    // Never told: the fallback epilogue.
    expect(notices.find((n) => n.kind === 'ending')).toEqual({ kind: 'ending', ending: 'finished' });
  });

  it('records the second epilogue variant when only it holds', () => {
    const { notices } = playBoth('text-variants', [choose('tell'), CONTINUE]);
    expect(notices.find((n) => n.kind === 'ending')).toEqual({ kind: 'ending', ending: 'finished', epilogueCase: 1 });
  });

  it('picks nothing when notices are not collected, and the state is the same', () => {
    const scenario = loadFixture('text-variants');
    const quiet = compileRules(scenario, { notices: false });
    const loud = compileRules(scenario);
    const a = quiet.step(quiet.initial(1).state, choose('blame'));
    const b = loud.step(loud.initial(1).state, choose('blame'));
    expect(a.notices).toEqual([]);
    expect(a.state).toEqual(b.state);
  });
});

describe('relative beat times', () => {
  it('moves the clock on from the hour of entry, each time the beat is entered', () => {
    const hours: number[] = [];
    const { state, notices } = playBoth('relative-at', [CONTINUE, choose('wait_more'), choose('wait_more'), choose('wait_more'), choose('act')]);
    for (const notice of notices) if (notice.kind === 'enter') hours.push(notice.time);
    // first at 4, wait +6.5 four times; settle is at hour 10, and the clock never goes back.
    expect(hours).toEqual([4, 10.5, 17, 23.5, 30, 30]);
    expect(state.time).toBe(30);
    expect(state.deadlines['act_soon']?.status).toBe('missed');
  });

  it('sizes the packed clock by the relative hours a playthrough can add, or gives it a whole slot on a loop', () => {
    const bounded = layoutOf(loadFixture('text-variants'));
    // Hour 0, then +30 once: 0..30 in whole hours, five bits.
    expect(bounded.time.mask).toBe(31);
    expect(bounded.time.unit).toBe(1);
    const looped = layoutOf(loadFixture('relative-at'));
    // `wait` (+6.5) lies on a loop: no bound, so the clock holds any number.
    expect(looped.time.mask).toBe(0);
  });

  it('packs the same clock as the GameState rules on a loop of relative beats', () => {
    const scenario = loadFixture('relative-at');
    const rules = compileRules(scenario, { notices: false });
    const packed = packedRules(scenario);
    const store = packed.store();
    packed.initial(store, 1);
    let state = rules.initial(1).state;
    state = rules.step(state, CONTINUE).state;
    packed.apply(store, CONTINUE);
    for (let step = 0; step < 20; step++) {
      const event = choose('wait_more');
      state = rules.step(state, event).state;
      packed.apply(store, event);
      expect(Array.from(store.s)).toEqual(Array.from(packed.pack(state)));
    }
    expect(state.time).toBe(4 + 21 * 6.5);
  });
});
