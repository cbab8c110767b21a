/**
 * One budget of work for everything an analysis runs: the exhaustive exploration, the sampled
 * witnesses, the exact score search, and the design review's strategy and forgiveness searches.
 * Any input can be made exponential (n chance triggers that fire together fork 2^n ways at one
 * step) or merely huge (a 4,000-beat file sampled 20,000 times), so no search runs unbounded: each
 * spends engine steps from the same budget and stops, and says so, when it is spent.
 *
 * Memory is bounded alongside: the exploration stores at most `maxStates` states, and every other
 * search keeps at most one playthrough's states (or one step's chance outcomes) at a time.
 */

/** Engine steps a whole analysis may take by default: about a minute of steps on a slow machine. */
export const DEFAULT_MAX_STEPS = 10_000_000;

export interface Budget {
  /** Engine steps (and compile charges) spent so far, by every search that shares the budget. */
  steps: number;
  /** Spending stops once `steps` passes this. */
  readonly maxSteps: number;
  /** The most distinct states the exploration may store (its memory). */
  readonly maxStates: number;
}

/** A fresh budget. */
export function createBudget(limits: { maxSteps?: number; maxStates: number }): Budget {
  return { steps: 0, maxSteps: limits.maxSteps ?? DEFAULT_MAX_STEPS, maxStates: limits.maxStates };
}

/** Whether the budget's steps are all spent. */
export const spent = (budget: Budget): boolean => budget.steps >= budget.maxSteps;

/** Steps left (0 once spent). */
export const stepsLeft = (budget: Budget): number => Math.max(0, budget.maxSteps - budget.steps);

/** The budget's limit in words, for the messages of whatever it stopped. */
export const stepLimitText = (budget: Budget): string => `${budget.maxSteps.toLocaleString('en-US')} engine steps`;
