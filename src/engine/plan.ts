/**
 * Instructor test plans: "play these choices, expect this ending and these meter bounds". The
 * plan file format is docs/test-plans.md; the CLI parses it, this runs it against the rules.
 */
import type { Rules } from './rules';
import { stepLimit } from './step-limit';
import type { DeadlineStatus, EngineEvent, GameState } from './types';

/** A choice id, `clock.expire`, `player.continue`, or a facilitator's optional inject. */
export type PlanStep =
  | { readonly kind: 'choose'; readonly choice: string }
  | { readonly kind: 'expire' }
  | { readonly kind: 'continue' }
  | { readonly kind: 'inject'; readonly inject: string };

export interface MeterBound {
  readonly min?: number;
  readonly max?: number;
}

export interface PlanExpectation {
  readonly ending?: string;
  readonly meters?: Readonly<Record<string, MeterBound>>;
  readonly flags?: Readonly<Record<string, boolean>>;
  readonly deadlines?: Readonly<Record<string, DeadlineStatus>>;
  /** How many public claims were contradicted. */
  readonly contradictions?: number;
}

export interface TestPlan {
  readonly name: string;
  readonly seed: number;
  readonly steps: readonly PlanStep[];
  readonly expect: PlanExpectation;
}

export interface PlanResult {
  readonly name: string;
  readonly passed: boolean;
  /** The first divergence, in words; `step` is 1-based, absent for end-of-plan checks. */
  readonly failure?: { readonly step?: number; readonly message: string };
  readonly state: GameState;
}

function eventOf(step: PlanStep): EngineEvent {
  switch (step.kind) {
    case 'choose':
      return { type: 'player.choose', choice: step.choice };
    case 'expire':
      return { type: 'clock.expire' };
    case 'continue':
      return { type: 'player.continue' };
    case 'inject':
      return { type: 'facilitator.inject', inject: step.inject };
  }
}

/** Presses Continue through beats without a decision, as a room would. */
export function continueThrough(rules: Rules, state: GameState): GameState {
  let current = state;
  const limit = stepLimit(rules.scenario);
  for (let guard = 0; guard < limit; guard++) {
    if (current.ending !== null || rules.beat(current.beat).decision) return current;
    const result = rules.step(current, { type: 'player.continue' });
    if (!result.accepted) return current;
    current = result.state;
  }
  return current;
}

function describeStep(step: PlanStep): string {
  return step.kind === 'choose' ? `'${step.choice}'` : step.kind === 'inject' ? `inject '${step.inject}'` : step.kind === 'expire' ? 'clock.expire' : 'player.continue';
}

/** The first expectation the final state does not meet, or null. */
function checkExpectation(expect: PlanExpectation, state: GameState): string | null {
  if (expect.ending !== undefined && state.ending !== expect.ending) {
    return state.ending === null ? `expected ending '${expect.ending}', but play stopped at beat '${state.beat}' without an ending` : `expected ending '${expect.ending}', got '${state.ending}'`;
  }
  for (const [meter, bound] of Object.entries(expect.meters ?? {})) {
    const value = state.meters[meter];
    if (value === undefined) return `unknown meter '${meter}'`;
    if (bound.min !== undefined && value < bound.min) return `meter ${meter} = ${value}, expected >= ${bound.min}`;
    if (bound.max !== undefined && value > bound.max) return `meter ${meter} = ${value}, expected <= ${bound.max}`;
  }
  for (const [flag, expected] of Object.entries(expect.flags ?? {})) {
    if ((state.flags[flag] ?? false) !== expected) return `flag ${flag} is ${String(!expected)}, expected ${String(expected)}`;
  }
  for (const [deadline, expected] of Object.entries(expect.deadlines ?? {})) {
    const status = state.deadlines[deadline]?.status;
    if (status !== expected) return `deadline ${deadline} is ${status ?? 'unknown'}, expected ${expected}`;
  }
  if (expect.contradictions !== undefined) {
    const count = state.claims.filter((claim) => claim.contradictedBy).length;
    if (count !== expect.contradictions) return `${count} contradicted claims, expected ${expect.contradictions}`;
  }
  return null;
}

/** Plays a plan with the pure rules and reports the first divergence. */
export function runPlan(rules: Rules, plan: TestPlan): PlanResult {
  let state = continueThrough(rules, rules.initial(plan.seed).state);
  for (const [index, step] of plan.steps.entries()) {
    const result = rules.step(state, eventOf(step));
    if (!result.accepted) {
      const offered = rules.available(state).map((choice) => choice.id);
      const detail = offered.length > 0 ? ` (available: ${offered.join(', ')})` : '';
      return { name: plan.name, passed: false, failure: { step: index + 1, message: `step ${index + 1}, ${describeStep(step)} at beat '${state.beat}': ${result.reason ?? 'refused'}${detail}` }, state };
    }
    state = step.kind === 'inject' ? result.state : continueThrough(rules, result.state);
  }
  const problem = checkExpectation(plan.expect, state);
  return problem === null ? { name: plan.name, passed: true, state } : { name: plan.name, passed: false, failure: { message: problem }, state };
}
