/**
 * The exhaustive analysis on the deadline and cap fixtures, against brute force: every
 * playthrough walked through the engine, and xstate's graph traversal with the analysis's key.
 * The packed key holds a deadline's `deficient` status and the caps and floors in force, so
 * states that differ only there are kept apart, and nothing else is added to it.
 */
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { analyze, createStateKey } from '../../src/analysis/index';
import { scoreState } from '../../src/debrief/score';
import { compileRules, createScenarioMachine } from '../../src/engine/index';
import { layoutOf } from '../../src/engine/layout';
import type { EngineEvent, GameState } from '../../src/engine/types';
import type { Scenario } from '../../src/scenario/types';
import { loadFixture } from '../engine/load-fixture';

/** Every complete playthrough of a scenario's own choices, by brute force. */
function enumerate(scenario: Scenario): GameState[] {
  const rules = compileRules(scenario, { notices: false });
  const finals: GameState[] = [];
  const walk = (state: GameState): void => {
    if (state.ending !== null) {
      finals.push(state);
      return;
    }
    const beat = rules.beat(state.beat);
    if (!beat.decision) return walk(rules.step(state, { type: 'player.continue' }).state);
    for (const choice of rules.available(state)) walk(rules.step(state, { type: 'player.choose', choice: choice.id }).state);
  };
  walk(rules.initial(0).state);
  return finals;
}

describe.each(['deficient', 'caps', 'business-days', 'starts-after'])('analyze on %s', (name) => {
  const scenario = loadFixture(name);
  const analysis = analyze(scenario);
  const finals = enumerate(scenario);

  it('counts the playthroughs and endings brute force finds', () => {
    expect(analysis.paths.total).toBe(BigInt(finals.length));
    for (const ending of analysis.endings) expect(ending.paths).toBe(BigInt(finals.filter((s) => s.ending === ending.id).length));
  });

  it('finds the meter ranges at each ending and the best and worst scores that enumeration finds', () => {
    for (const ending of analysis.endings) {
      const here = finals.filter((s) => s.ending === ending.id);
      for (const meter of scenario.meters) {
        const values = here.map((s) => s.meters[meter.id]!);
        if (values.length > 0) expect(ending.meters?.[meter.id]).toEqual({ min: Math.min(...values), max: Math.max(...values) });
      }
    }
    const scores = finals.map((s) => scoreState(scenario, s).overall);
    expect(analysis.score.exact).toBe(true);
    if (!analysis.score.exact) return;
    expect(analysis.score.best?.score).toBe(Math.max(...scores));
    expect(analysis.score.worst?.score).toBe(Math.min(...scores));
  });

  it('finds as many states as xstate getShortestPaths with the same key', () => {
    const rules = compileRules(scenario, { notices: false });
    const keyOf = createStateKey(scenario);
    const paths = getShortestPaths(createScenarioMachine(scenario), {
      input: { seed: 0 },
      events: (snapshot): EngineEvent[] => {
        const game = snapshot.context.game;
        if (game.ending !== null) return [];
        if (!rules.beat(game.beat).decision) return [{ type: 'player.continue' }];
        return rules.available(game).map((c) => ({ type: 'player.choose', choice: c.id }));
      },
      serializeState: (snapshot) => keyOf(snapshot.context.game),
    });
    expect(analysis.states).toBe(paths.length);
  });
});

describe('the state key', () => {
  it('tells apart states that differ only in the caps or floors in force', () => {
    const scenario = loadFixture('caps');
    const keyOf = createStateKey(scenario);
    const state = compileRules(scenario).initial(0).state;
    expect(keyOf({ ...state, caps: { trust: 55 } })).not.toBe(keyOf(state));
    expect(keyOf({ ...state, caps: { trust: 55 } })).not.toBe(keyOf({ ...state, caps: { trust: 45 } }));
    expect(keyOf({ ...state, floors: { liability: 40 } })).not.toBe(keyOf(state));
  });

  it('tells apart a deficient deadline from a met one', () => {
    const scenario = loadFixture('deficient');
    const keyOf = createStateKey(scenario);
    const state = compileRules(scenario).initial(0).state;
    const met = { ...state, deadlines: { report: { status: 'met' as const, startedAt: 0, resolvedAt: 0 } } };
    expect(keyOf({ ...met, deadlines: { report: { ...met.deadlines.report, status: 'deficient' } } })).not.toBe(keyOf(met));
  });

  it('grows by nothing for a business-day window or a starts_after: the due hour is computed from the start', () => {
    const plain = layoutOf(loadFixture('deadlines'));
    const calendar = layoutOf(loadFixture('business-days'));
    // Two deadlines, two statuses of two bits and two starts: the same parts as hours would need.
    expect(calendar.deadlineStatus.map((field) => field.mask)).toEqual([3, 3]);
    expect(plain.deadlineStatus.map((field) => field.mask)).toEqual([3]);
  });
});
