/**
 * Instructor test plans: "play these choices, expect this ending and these meter bounds". The
 * plan file format is docs/test-plans.md; the CLI parses it, this runs it against the rules.
 */
import type { Refusal } from './refusal';
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

/** Why a plan failed, as data: the CLI words it in the reader's language. */
export type PlanFailure =
  | {
      readonly kind: 'refused';
      readonly step: number;
      readonly what: PlanStep;
      readonly beat: string;
      /** The rules' English, as the plan's author and the logs read it. */
      readonly reason: string;
      /** The same refusal as a code and values, for a floor that words it in another language. */
      readonly refusal?: Refusal;
      readonly offered: readonly string[];
    }
  | { readonly kind: 'noEnding'; readonly expected: string; readonly beat: string }
  | { readonly kind: 'wrongEnding'; readonly expected: string; readonly got: string }
  | { readonly kind: 'unknownMeter'; readonly meter: string }
  | { readonly kind: 'meterBelow' | 'meterAbove'; readonly meter: string; readonly value: number; readonly bound: number }
  | { readonly kind: 'flag'; readonly flag: string; readonly expected: boolean }
  | { readonly kind: 'deadline'; readonly deadline: string; readonly status: DeadlineStatus | undefined; readonly expected: DeadlineStatus }
  | { readonly kind: 'contradictions'; readonly count: number; readonly expected: number };

export interface PlanResult {
  readonly name: string;
  readonly passed: boolean;
  /**
   * The first divergence, in English words and as `cause` for a floor that words it in another
   * language; `step` is 1-based, absent for end-of-plan checks.
   */
  readonly failure?: { readonly step?: number; readonly message: string; readonly cause: PlanFailure };
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

/** A plan failure in English, as the plan's author reads it in the engine's own words. */
export function failureText(cause: PlanFailure): string {
  switch (cause.kind) {
    case 'refused':
      return `step ${cause.step}, ${describeStep(cause.what)} at beat '${cause.beat}': ${cause.reason}${cause.offered.length > 0 ? ` (available: ${cause.offered.join(', ')})` : ''}`;
    case 'noEnding':
      return `expected ending '${cause.expected}', but play stopped at beat '${cause.beat}' without an ending`;
    case 'wrongEnding':
      return `expected ending '${cause.expected}', got '${cause.got}'`;
    case 'unknownMeter':
      return `unknown meter '${cause.meter}'`;
    case 'meterBelow':
      return `meter ${cause.meter} = ${cause.value}, expected >= ${cause.bound}`;
    case 'meterAbove':
      return `meter ${cause.meter} = ${cause.value}, expected <= ${cause.bound}`;
    case 'flag':
      return `flag ${cause.flag} is ${String(!cause.expected)}, expected ${String(cause.expected)}`;
    case 'deadline':
      return `deadline ${cause.deadline} is ${cause.status ?? 'unknown'}, expected ${cause.expected}`;
    case 'contradictions':
      return `${cause.count} contradicted claims, expected ${cause.expected}`;
  }
}

/** The first expectation the final state does not meet, or null. */
function checkExpectation(expect: PlanExpectation, state: GameState): PlanFailure | null {
  if (expect.ending !== undefined && state.ending !== expect.ending) {
    return state.ending === null ? { kind: 'noEnding', expected: expect.ending, beat: state.beat } : { kind: 'wrongEnding', expected: expect.ending, got: state.ending };
  }
  for (const [meter, bound] of Object.entries(expect.meters ?? {})) {
    const value = state.meters[meter];
    if (value === undefined) return { kind: 'unknownMeter', meter };
    if (bound.min !== undefined && value < bound.min) return { kind: 'meterBelow', meter, value, bound: bound.min };
    if (bound.max !== undefined && value > bound.max) return { kind: 'meterAbove', meter, value, bound: bound.max };
  }
  for (const [flag, expected] of Object.entries(expect.flags ?? {})) {
    if ((state.flags[flag] ?? false) !== expected) return { kind: 'flag', flag, expected };
  }
  for (const [deadline, expected] of Object.entries(expect.deadlines ?? {})) {
    const status = state.deadlines[deadline]?.status;
    if (status !== expected) return { kind: 'deadline', deadline, status, expected };
  }
  if (expect.contradictions !== undefined) {
    const count = state.claims.filter((claim) => claim.contradictedBy).length;
    if (count !== expect.contradictions) return { kind: 'contradictions', count, expected: expect.contradictions };
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
      const cause: PlanFailure = { kind: 'refused', step: index + 1, what: step, beat: state.beat, reason: result.reason ?? 'refused', ...(result.refusal && { refusal: result.refusal }), offered };
      return { name: plan.name, passed: false, failure: { step: index + 1, message: failureText(cause), cause }, state };
    }
    state = step.kind === 'inject' ? result.state : continueThrough(rules, result.state);
  }
  const cause = checkExpectation(plan.expect, state);
  return cause === null ? { name: plan.name, passed: true, state } : { name: plan.name, passed: false, failure: { message: failureText(cause), cause }, state };
}
