import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../src/analysis/index';
import { History } from '../../src/engine/history';
import { compileRules, type GameState, type Rules } from '../../src/engine/index';

const chooseFirst = (rules: Rules, state: GameState, pick = 0): GameState =>
  rules.step(state, { type: 'player.choose', choice: rules.available(state)[pick]!.id }).state;

describe('the histories states share', () => {
  const rules = compileRules(generateScenario({ decisions: 50, choicesPerDecision: 2 }), { notices: false });

  it('appends in place along a playthrough: no entry is copied', () => {
    const before = History.copied;
    let state = rules.initial(1).state;
    while (state.ending === null) state = chooseFirst(rules, state);
    expect(state.chosen).toHaveLength(50);
    expect(History.copied - before).toBe(0);
  });

  it('gives a second step from an older state its own copy, leaving every state as it was', () => {
    let state = rules.initial(1).state;
    for (let count = 0; count < 10; count++) state = chooseFirst(rules, state);
    const older = state;
    const first = chooseFirst(rules, older, 0);
    const before = History.copied;
    const second = chooseFirst(rules, older, 1);
    // The branch copies the ten choices it shares with `first`, once.
    expect(History.copied - before).toBe(10);
    expect(older.chosen).toHaveLength(10);
    expect(first.chosen.slice(0, 10)).toEqual(older.chosen);
    expect(second.chosen.slice(0, 10)).toEqual(older.chosen);
    expect(first.chosen[10]).toBe('c10_0');
    expect(second.chosen[10]).toBe('c10_1');
    // Each goes on from where it is, unaffected by the other.
    expect(chooseFirst(rules, first).chosen.slice(0, 11)).toEqual(first.chosen);
    expect(chooseFirst(rules, second).chosen.slice(0, 11)).toEqual(second.chosen);
  });

  it('answers has() from the view, not from entries a later view appended to the shared buffer', () => {
    const one = History.of<string>([]).append('a');
    expect(one.has('a')).toBe(true);
    const two = one.append('b');
    expect(two.has('b')).toBe(true);
    expect(one.has('b')).toBe(false);
    const three = two.append('c');
    expect(two.has('c')).toBe(false);
    expect(three.toArray()).toEqual(['a', 'b', 'c']);
    expect(two.toArray()).toEqual(['a', 'b']);
    expect(three.replacing(new Map([[1, 'B']])).toArray()).toEqual(['a', 'B', 'c']);
    expect(three.toArray()).toEqual(['a', 'b', 'c']);
  });

  it('never lets a step from an older state see a choice a later state appended', () => {
    const scenario = generateScenario({ decisions: 3, choicesPerDecision: 2 });
    const plain = compileRules(scenario);
    const start = plain.initial(1).state;
    const after = chooseFirst(plain, start);
    expect(after.chosen).toEqual(['c0_0']);
    // `start` shares the buffer that now holds c0_0; a step from it must not see that choice.
    const other = chooseFirst(plain, start, 1);
    expect(other.chosen).toEqual(['c0_1']);
  });

  it('keeps the JSON and the fields of a state as plain arrays in their usual order', () => {
    let state = rules.initial(1).state;
    for (let count = 0; count < 3; count++) state = chooseFirst(rules, state);
    const plain = JSON.parse(JSON.stringify(state)) as GameState;
    expect(Object.keys(plain)).toEqual(['beat', 'ending', 'time', 'meters', 'flags', 'facts', 'visits', 'chosen', 'deadlines', 'fired', 'claims', 'rng']);
    expect(plain).toEqual({ ...state });
    expect(Array.isArray(state.chosen)).toBe(true);
    // A plain state (from a save) steps to the same state as the engine's own.
    expect(JSON.stringify(chooseFirst(rules, plain))).toBe(JSON.stringify(chooseFirst(rules, state)));
  });
});
