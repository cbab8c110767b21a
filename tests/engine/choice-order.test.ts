import { describe, expect, it } from 'vitest';
import { choiceOrder, orderChoices, shownChoices } from '../../src/engine/choice-order';
import { replay } from '../../src/engine/replay';
import { restore } from '../../src/engine/restore';
import { compileRules } from '../../src/engine/rules';
import { createSession } from '../../src/engine/session';
import type { GameState } from '../../src/engine/types';
import type { Decision } from '../../src/scenario/types';
import { loadFixture } from './load-fixture';

const scenario = loadFixture('choice-order');
const rules = compileRules(scenario);
const statement = rules.beat('statement').decision!;
const ladder = rules.beat('ladder').decision!;
const ids = (decision: Decision, order: readonly number[]): string[] => order.map((index) => decision.choices[index]!.id);
const shownIds = (state: GameState, seed: number): string[] => shownChoices(rules, state, seed).map((choice) => choice.id);

describe('choiceOrder', () => {
  it('gives the same order for the same seed, beat and visit', () => {
    expect(choiceOrder(statement, 42, 'statement', 1)).toEqual(choiceOrder(statement, 42, 'statement', 1));
  });

  it('is a permutation of all the decision\u2019s choices, available or not', () => {
    for (let seed = 1; seed <= 50; seed++) {
      expect([...choiceOrder(statement, seed, 'statement', 1)].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    }
  });

  it('differs across seeds, and puts every choice first about equally often', () => {
    const orders = new Set<string>();
    const first = new Map<number, number>();
    for (let seed = 1; seed <= 600; seed++) {
      const order = choiceOrder(statement, seed, 'statement', 1);
      orders.add(order.join());
      first.set(order[0]!, (first.get(order[0]!) ?? 0) + 1);
    }
    // 720 permutations of six choices: 600 seeds give hundreds of distinct orders.
    expect(orders.size).toBeGreaterThan(300);
    // 100 expected per choice; the bounds are about four standard deviations wide.
    for (let index = 0; index < 6; index++) expect(first.get(index)).toBeGreaterThan(60);
  });

  it('differs across decisions and across visits of one beat in the same session', () => {
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    const sameBeat = seeds.filter((seed) => choiceOrder(statement, seed, 'statement', 1).join() === choiceOrder(statement, seed, 'other_beat', 1).join());
    const sameVisit = seeds.filter((seed) => choiceOrder(statement, seed, 'statement', 1).join() === choiceOrder(statement, seed, 'statement', 2).join());
    expect(sameBeat.length).toBeLessThan(3);
    expect(sameVisit.length).toBeLessThan(3);
  });

  it('keeps file order for a decision with order: fixed', () => {
    expect(ladder.order).toBe('fixed');
    for (const seed of [1, 2, 3, 99]) expect(ids(ladder, choiceOrder(ladder, seed, 'ladder', 1))).toEqual(['watch', 'warn', 'escalate']);
  });

  it('keeps file order for every decision of a scenario with choice_order: fixed, unless a decision says shuffled', () => {
    const fixed = loadFixture('choice-order-scenario-fixed');
    const own = fixed.beats.find((beat) => beat.id === 'statement')!.decision!;
    const shuffled = fixed.beats.find((beat) => beat.id === 'ladder')!.decision!;
    expect(own.order).toBe('fixed');
    expect(shuffled.order).toBeUndefined();
    expect(choiceOrder(own, 7, 'statement', 1)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(statement.order).toBeUndefined();
  });
});

describe('shownChoices', () => {
  it('leaves out unavailable choices without moving the others', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const state = rules.initial(seed).state;
      const all = orderChoices(statement, state, seed).map((choice) => choice.id);
      expect(shownIds(state, seed)).toEqual(all.filter((id) => id !== 'retract'));
    }
  });

  it('never rolls the game state\u2019s generator', () => {
    const state = rules.initial(5).state;
    const before = JSON.stringify(state);
    shownChoices(rules, state, 5);
    expect(JSON.stringify(state)).toBe(before);
    expect(rules.initial(5).state.rng).toEqual(state.rng);
  });

  it('is the same on the actor, after undo, on restore and on a pure replay', () => {
    const seed = 11;
    const session = createSession(scenario, { seed, now: () => 0 });
    const firstVisit = shownIds(session.state(), seed);
    session.choose('think_again');
    const secondVisit = shownIds(session.state(), seed);
    expect(secondVisit).toContain('retract');
    expect(secondVisit.filter((id) => id !== 'retract')).not.toEqual(firstVisit);
    const restored = restore(JSON.stringify(session.save()), scenario);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(shownIds(restored.session.state(), restored.session.seed)).toEqual(secondVisit);
    expect(shownIds(replay(scenario, session.log(), seed), seed)).toEqual(secondVisit);
    session.undo();
    expect(shownIds(session.state(), seed)).toEqual(firstVisit);
  });

  it('is empty once the exercise has ended or on a beat without a decision', () => {
    const session = createSession(scenario, { seed: 1, now: () => 0 });
    session.choose('hold');
    session.choose('watch');
    expect(shownChoices(rules, session.state(), 1)).toEqual([]);
  });
});
