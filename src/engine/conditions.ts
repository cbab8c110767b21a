import type { CompareOp, Condition, Expr } from '../scenario/types';
import type { Indices } from './compiled';
import { DEFICIENT, MET, MISSED, type Store } from './store';
import type { GameState } from './types';

/** The parts of a state a condition can see. */
export type StateView = Pick<
  GameState,
  'time' | 'meters' | 'flags' | 'facts' | 'visits' | 'chosen' | 'deadlines' | 'fired'
>;

export type Compiled<S> = (state: S) => number | boolean;

/** How a condition's leaves read one representation of the state. */
export interface Readers<S> {
  time(state: S): number;
  meter(id: string): (state: S) => number;
  flag(id: string): (state: S) => boolean;
  fact(id: string): (state: S) => number;
  visits(id: string): (state: S) => number;
  chose(id: string): (state: S) => boolean;
  met(id: string): (state: S) => boolean;
  missed(id: string): (state: S) => boolean;
  deficient(id: string): (state: S) => boolean;
  fired(id: string): (state: S) => boolean;
  /**
   * Optional, for a representation that can read a leaf in place: `leaf op k` (a number) as one
   * closure, or null to build it from the leaf's reader. Packed states use it: a condition's
   * closures call one another through call sites that see every condition of every scenario, so
   * each call saved counts.
   */
  compare?(leaf: Expr, op: CompareOp, k: number): ((state: S) => boolean) | null;
  /** Optional, likewise: `not leaf` for a yes/no leaf as one closure, or null. */
  negate?(leaf: Expr): ((state: S) => boolean) | null;
}

/**
 * A parsed condition turned into nested closures, once per expression and representation. A step
 * checks every trigger and deadline condition; closures skip the per-node dispatch of a tree walk.
 * The structure is compiled here once; only the leaves differ between a `GameState` (by name) and
 * the engine's Store (by index).
 */
function compileExpr<S>(expr: Expr, readers: Readers<S>, cache: WeakMap<Expr, Compiled<S>>): Compiled<S> {
  const sub = (child: Expr): Compiled<S> => compiledWith(child, readers, cache);
  switch (expr.kind) {
    case 'num':
    case 'bool': {
      const value = expr.value;
      return () => value;
    }
    case 'time':
      return readers.time;
    case 'ref':
      return expr.of === 'flag' ? readers.flag(expr.id) : expr.of === 'meter' ? readers.meter(expr.id) : readers.fact(expr.id);
    case 'call':
      return readers[expr.fn](expr.id);
    case 'not': {
      const negated = readers.negate?.(expr.operand);
      if (negated) return negated;
      const operand = sub(expr.operand);
      return (state) => !operand(state);
    }
    case 'and': {
      const left = sub(expr.left);
      const right = sub(expr.right);
      return (state) => left(state) === true && right(state) === true;
    }
    case 'or': {
      const left = sub(expr.left);
      const right = sub(expr.right);
      return (state) => left(state) === true || right(state) === true;
    }
    case 'cmp': {
      const fused = expr.right.kind === 'num' ? readers.compare?.(expr.left, expr.op, expr.right.value) : null;
      if (fused) return fused;
      const left = sub(expr.left);
      const right = sub(expr.right);
      switch (expr.op) {
        case '==':
          return (state) => left(state) === right(state);
        case '!=':
          return (state) => left(state) !== right(state);
        case '<':
          return (state) => left(state) < right(state);
        case '<=':
          return (state) => left(state) <= right(state);
        case '>':
          return (state) => left(state) > right(state);
        case '>=':
          return (state) => left(state) >= right(state);
      }
    }
  }
}

export function compiledWith<S>(expr: Expr, readers: Readers<S>, cache: WeakMap<Expr, Compiled<S>>): Compiled<S> {
  let found = cache.get(expr);
  if (!found) {
    found = compileExpr(expr, readers, cache);
    cache.set(expr, found);
  }
  return found;
}

const viewReaders: Readers<StateView> = {
  time: (state) => state.time,
  meter: (id) => (state) => state.meters[id] ?? 0,
  flag: (id) => (state) => state.flags[id] ?? false,
  fact: (id) => (state) => state.facts[id] ?? 0,
  visits: (id) => (state) => state.visits[id] ?? 0,
  chose: (id) => (state) => state.chosen.includes(id),
  met: (id) => (state) => state.deadlines[id]?.status === 'met',
  missed: (id) => (state) => state.deadlines[id]?.status === 'missed',
  deficient: (id) => (state) => state.deadlines[id]?.status === 'deficient',
  fired: (id) => (state) => state.fired.includes(id),
};
const viewCache = new WeakMap<Expr, Compiled<StateView>>();

/** The Store's readers for one scenario: names resolved to indices once. */
function storeReaders(scenario: Indices): Readers<Store> {
  const at = (map: ReadonlyMap<string, number>, id: string): number => map.get(id) ?? -1;
  const never = (): false => false;
  return {
    time: (state) => state.time(),
    meter: (id) => {
      const meter = at(scenario.meterIndex, id);
      return meter < 0 ? () => 0 : (state) => state.meter(meter);
    },
    flag: (id) => {
      const flag = at(scenario.flagIndex, id);
      return flag < 0 ? never : (state) => state.flag(flag);
    },
    fact: (id) => {
      const fact = at(scenario.factIndex, id);
      return fact < 0 ? () => 0 : (state) => state.fact(fact);
    },
    visits: (id) => {
      const beat = at(scenario.beatIndex, id);
      return beat < 0 ? () => 0 : (state) => state.visits(beat);
    },
    chose: (id) => {
      const choice = at(scenario.choiceIndex, id);
      return choice < 0 ? never : (state) => state.chose(choice);
    },
    met: (id) => {
      const deadline = at(scenario.deadlineIndex, id);
      return deadline < 0 ? never : (state) => state.deadline(deadline) === MET;
    },
    missed: (id) => {
      const deadline = at(scenario.deadlineIndex, id);
      return deadline < 0 ? never : (state) => state.deadline(deadline) === MISSED;
    },
    deficient: (id) => {
      const deadline = at(scenario.deadlineIndex, id);
      return deadline < 0 ? never : (state) => state.deadline(deadline) === DEFICIENT;
    },
    fired: (id) => {
      const trigger = at(scenario.triggerIndex, id);
      return trigger < 0 ? never : (state) => state.fired(trigger);
    },
  };
}
/**
 * Evaluates a parsed condition against a state. The loader has already checked names and types,
 * so an unknown name here is a programmer error and reads as 0 / false rather than throwing.
 */
export function evaluate(expr: Expr, state: StateView): number | boolean {
  return compiledWith(expr, viewReaders, viewCache)(state);
}

/** True when the condition holds; an absent condition always holds. */
export function holds(condition: Condition | undefined, state: StateView): boolean {
  return condition === undefined || compiledWith(condition.expr, viewReaders, viewCache)(state) === true;
}

/** Expressions whose closures return a boolean by construction (the checker makes every condition one). */
const yesNo = (expr: Expr): boolean =>
  expr.kind === 'bool' ||
  expr.kind === 'not' ||
  expr.kind === 'and' ||
  expr.kind === 'or' ||
  expr.kind === 'cmp' ||
  (expr.kind === 'ref' && expr.of === 'flag') ||
  (expr.kind === 'call' && expr.fn !== 'visits');

/**
 * A condition as a yes/no test. Its closure is used as it is when it returns a boolean by
 * construction, which every checked condition does; anything else holds only when it is `true`.
 */
export function conditionTest<S>(expr: Expr, readers: Readers<S>, cache: WeakMap<Expr, Compiled<S>>): (state: S) => boolean {
  const compiled = compiledWith(expr, readers, cache);
  // The cast is what `yesNo` proves: these kinds' closures above all return booleans.
  return yesNo(expr) ? (compiled as (state: S) => boolean) : (state) => compiled(state) === true;
}

/** A condition of the rules, against the Store of a step; an absent condition always holds. */
export type StoreTest<S extends Store = Store> = (store: S) => boolean;

const always: StoreTest = () => true;

/** Compiles the conditions of one scenario for the Store, names resolved to indices once. */
export function storeTests(scenario: Indices): (condition: Condition | undefined) => StoreTest {
  const readers = storeReaders(scenario);
  const cache = new WeakMap<Expr, Compiled<Store>>();
  return (condition) => {
    if (condition === undefined) return always;
    return conditionTest(condition.expr, readers, cache);
  };
}
