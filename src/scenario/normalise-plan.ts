/**
 * Reads the debrief's settings from a scenario: the `claims` evidence's test and confidences, and
 * the `improvement_plan` block of owners and due intervals.
 */
import type { NormaliseContext } from './context.ts';
import type { ImprovementPlanSettings, PlanAssignment } from './plan-types.ts';
import { asList, asNumber, asObject, asText, has, type Raw } from './read.ts';
import type { ClaimsTest } from './rubric-types.ts';
import { CONFIDENCES, type Confidence } from './types.ts';

const TESTS: readonly ClaimsTest[] = ['accurate', 'held', 'none'];

/**
 * A `claims` item's test (`accurate` stays implicit, as the original form wrote it) and the
 * confidences it counts: one word or a list.
 */
export function readClaimsTest(o: Raw): { claims?: ClaimsTest; confidence?: Confidence[] } {
  const test = TESTS.find((t) => t === o['claims']);
  const words = typeof o['confidence'] === 'string' ? [o['confidence']] : asList(o['confidence']);
  const confidence = CONFIDENCES.filter((c) => words.includes(c));
  return {
    ...(test !== undefined && test !== 'accurate' && { claims: test }),
    ...(has(o, 'confidence') && { confidence }),
  };
}

function readAssignment(v: unknown, cx: NormaliseContext): PlanAssignment {
  const o = asObject(v);
  return {
    ...(has(o, 'owner') && { owner: asText(o['owner'], cx.languages) }),
    ...(typeof o['due_days'] === 'number' && { dueDays: asNumber(o['due_days']) }),
  };
}

function readAssignments(v: unknown, cx: NormaliseContext): Record<string, PlanAssignment> {
  const out: Record<string, PlanAssignment> = {};
  for (const [id, value] of Object.entries(asObject(v))) out[id] = readAssignment(value, cx);
  return out;
}

/** The `improvement_plan` block; absent when the file has none, so the built-in plan applies. */
export function readImprovementPlan(
  v: unknown,
  cx: NormaliseContext,
): ImprovementPlanSettings | undefined {
  if (v === undefined || v === null) return undefined;
  const o = asObject(v);
  return {
    categories: readAssignments(o['categories'], cx),
    deadlines: readAssignments(o['deadlines'], cx),
    objectives: readAssignments(o['objectives'], cx),
    ...(has(o, 'claims') && { claims: readAssignment(o['claims'], cx) }),
    ...(has(o, 'expired') && { expired: readAssignment(o['expired'], cx) }),
  };
}
