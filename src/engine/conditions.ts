import type { Condition, Expr } from '../scenario/types';
import type { GameState } from './types';

/** The parts of a state a condition can see. */
export type StateView = Pick<
  GameState,
  'time' | 'meters' | 'flags' | 'facts' | 'visits' | 'chosen' | 'deadlines' | 'fired'
>;

/**
 * Evaluates a parsed condition against a state. The loader has already checked names and types,
 * so an unknown name here is a programmer error and reads as 0 / false rather than throwing.
 */
export function evaluate(expr: Expr, state: StateView): number | boolean {
  switch (expr.kind) {
    case 'num':
    case 'bool':
      return expr.value;
    case 'time':
      return state.time;
    case 'ref':
      if (expr.of === 'flag') return state.flags[expr.id] ?? false;
      if (expr.of === 'meter') return state.meters[expr.id] ?? 0;
      return state.facts[expr.id] ?? 0;
    case 'call':
      switch (expr.fn) {
        case 'visits':
          return state.visits[expr.id] ?? 0;
        case 'chose':
          return state.chosen.includes(expr.id);
        case 'met':
          return state.deadlines[expr.id]?.status === 'met';
        case 'missed':
          return state.deadlines[expr.id]?.status === 'missed';
        case 'fired':
          return state.fired.includes(expr.id);
      }
      return false;
    case 'not':
      return !evaluate(expr.operand, state);
    case 'and':
      return evaluate(expr.left, state) === true && evaluate(expr.right, state) === true;
    case 'or':
      return evaluate(expr.left, state) === true || evaluate(expr.right, state) === true;
    case 'cmp': {
      const left = evaluate(expr.left, state);
      const right = evaluate(expr.right, state);
      switch (expr.op) {
        case '==':
          return left === right;
        case '!=':
          return left !== right;
        case '<':
          return left < right;
        case '<=':
          return left <= right;
        case '>':
          return left > right;
        case '>=':
          return left >= right;
      }
    }
  }
}

/** True when the condition holds; an absent condition always holds. */
export function holds(condition: Condition | undefined, state: StateView): boolean {
  return condition === undefined || evaluate(condition.expr, state) === true;
}
