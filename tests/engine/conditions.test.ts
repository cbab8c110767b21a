import { describe, expect, it } from 'vitest';
import { evaluate, holds } from '../../src/engine/conditions';
import type { GameState } from '../../src/engine/types';
import type { Expr } from '../../src/scenario/types';

const state: GameState = {
  beat: 'b',
  ending: null,
  time: 30,
  meters: { trust: 40 },
  flags: { notified: true },
  facts: { accounts: 4500 },
  visits: { detection: 2 },
  chosen: ['apologise'],
  deadlines: { report: { status: 'met' }, audit: { status: 'missed' } },
  fired: ['boycott'],
  claims: [],
  rng: [0, 0, 0, 0],
};
const num = (value: number): Expr => ({ kind: 'num', value });
const meter: Expr = { kind: 'ref', of: 'meter', id: 'trust' };
const flag: Expr = { kind: 'ref', of: 'flag', id: 'notified' };

describe('evaluate', () => {
  it('reads meters, flags, facts and time', () => {
    expect(evaluate(meter, state)).toBe(40);
    expect(evaluate(flag, state)).toBe(true);
    expect(evaluate({ kind: 'ref', of: 'fact', id: 'accounts' }, state)).toBe(4500);
    expect(evaluate({ kind: 'time' }, state)).toBe(30);
  });

  it('answers the functions from the state', () => {
    expect(evaluate({ kind: 'call', fn: 'visits', id: 'detection' }, state)).toBe(2);
    expect(evaluate({ kind: 'call', fn: 'visits', id: 'never' }, state)).toBe(0);
    expect(evaluate({ kind: 'call', fn: 'chose', id: 'apologise' }, state)).toBe(true);
    expect(evaluate({ kind: 'call', fn: 'chose', id: 'deny' }, state)).toBe(false);
    expect(evaluate({ kind: 'call', fn: 'met', id: 'report' }, state)).toBe(true);
    expect(evaluate({ kind: 'call', fn: 'missed', id: 'report' }, state)).toBe(false);
    expect(evaluate({ kind: 'call', fn: 'missed', id: 'audit' }, state)).toBe(true);
    expect(evaluate({ kind: 'call', fn: 'fired', id: 'boycott' }, state)).toBe(true);
  });

  it('compares numbers and booleans', () => {
    expect(evaluate({ kind: 'cmp', op: '<', left: meter, right: num(41) }, state)).toBe(true);
    expect(evaluate({ kind: 'cmp', op: '<=', left: meter, right: num(40) }, state)).toBe(true);
    expect(evaluate({ kind: 'cmp', op: '>', left: meter, right: num(40) }, state)).toBe(false);
    expect(evaluate({ kind: 'cmp', op: '>=', left: meter, right: num(40) }, state)).toBe(true);
    expect(evaluate({ kind: 'cmp', op: '==', left: meter, right: num(40) }, state)).toBe(true);
    expect(evaluate({ kind: 'cmp', op: '!=', left: meter, right: num(40) }, state)).toBe(false);
    expect(evaluate({ kind: 'cmp', op: '==', left: flag, right: { kind: 'bool', value: false } }, state)).toBe(false);
  });

  it('combines with not, and, or', () => {
    const no: Expr = { kind: 'bool', value: false };
    expect(evaluate({ kind: 'not', operand: flag }, state)).toBe(false);
    expect(evaluate({ kind: 'and', left: flag, right: no }, state)).toBe(false);
    expect(evaluate({ kind: 'or', left: no, right: flag }, state)).toBe(true);
  });
});

describe('holds', () => {
  it('treats an absent condition as true', () => {
    expect(holds(undefined, state)).toBe(true);
    expect(holds({ source: 'false', expr: { kind: 'bool', value: false } }, state)).toBe(false);
  });
});
