import { CONFIDENCES, type Condition, type Confidence, type Expr, type Outcome, type Scenario } from '../scenario/types';
import type { Where } from './where';

/** What a scenario's conditions and rubric can observe beyond meters, flags and deadlines. */
export interface References {
  /** Choice ids named by `chose()` or by rubric `chose`/`avoided` evidence. */
  readonly choices: ReadonlySet<string>;
  /** Beat ids named by `visits()`. */
  readonly visits: ReadonlySet<string>;
  /** Fact ids some outcome revises: only these can change, and only claims on them can be contradicted. */
  readonly revisedFacts: ReadonlySet<string>;
  /**
   * Confidences whose claims the rubric counts as made (`claims: held` or `none`): claims at these
   * are observed even on facts nothing revises.
   */
  readonly countedClaims: ReadonlySet<Confidence>;
}

function walk(expr: Expr, choices: Set<string>, visits: Set<string>): void {
  switch (expr.kind) {
    case 'call':
      if (expr.fn === 'chose') choices.add(expr.id);
      if (expr.fn === 'visits') visits.add(expr.id);
      return;
    case 'not':
      walk(expr.operand, choices, visits);
      return;
    case 'and':
    case 'or':
    case 'cmp':
      walk(expr.left, choices, visits);
      walk(expr.right, choices, visits);
      return;
    default:
      return;
  }
}

/** Beat ids named by `visits()` in the given conditions. */
export function visitsNamed(conditions: Iterable<{ readonly condition: Condition }>): Set<string> {
  const visits = new Set<string>();
  const choices = new Set<string>();
  for (const { condition } of conditions) walk(condition.expr, choices, visits);
  return visits;
}

/** Every condition in the scenario with where it sits, for walking and for the report. */
export function conditionsOf(scenario: Scenario): { readonly where: Where; readonly condition: Condition }[] {
  const found: { where: Where; condition: Condition }[] = [];
  for (const beat of scenario.beats) {
    for (const choice of beat.decision?.choices ?? []) {
      if (choice.condition) found.push({ where: { kind: 'choice', id: choice.id, field: 'if' }, condition: choice.condition });
    }
  }
  for (const trigger of scenario.triggers) found.push({ where: { kind: 'trigger', id: trigger.id, field: 'when' }, condition: trigger.when });
  for (const deadline of scenario.deadlines) {
    found.push({ where: { kind: 'deadline', id: deadline.id, field: 'starts_when' }, condition: deadline.startsWhen });
    found.push({ where: { kind: 'deadline', id: deadline.id, field: 'met_when' }, condition: deadline.metWhen });
    if (deadline.deficientWhen) found.push({ where: { kind: 'deadline', id: deadline.id, field: 'deficient_when' }, condition: deadline.deficientWhen });
  }
  for (const ending of scenario.endings) {
    if (ending.when) found.push({ where: { kind: 'ending', id: ending.id, field: 'when' }, condition: ending.when });
  }
  for (const objective of scenario.rubric) {
    objective.evidence.forEach((item, index) => {
      if (item.kind === 'when') found.push({ where: { kind: 'rubric', id: objective.id, evidence: index + 1, field: 'when' }, condition: item.condition });
    });
  }
  return found;
}

/** Every outcome block in the scenario. */
export function outcomesOf(scenario: Scenario): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const beat of scenario.beats) {
    outcomes.push(beat.onEnter);
    for (const choice of beat.decision?.choices ?? []) outcomes.push(choice.outcome);
  }
  for (const trigger of scenario.triggers) outcomes.push(trigger.outcome);
  for (const deadline of scenario.deadlines) {
    outcomes.push(deadline.onMet, deadline.onMissed);
    if (deadline.onDeficient) outcomes.push(deadline.onDeficient);
  }
  for (const inject of scenario.optionalInjects) outcomes.push(inject.outcome);
  return outcomes;
}

/** Collects what the state key must keep besides the always-kept parts. */
export function referencesOf(scenario: Scenario): References {
  const choices = new Set<string>();
  const visits = new Set<string>();
  const countedClaims = new Set<Confidence>();
  for (const { condition } of conditionsOf(scenario)) walk(condition.expr, choices, visits);
  for (const objective of scenario.rubric) {
    for (const item of objective.evidence) {
      if (item.kind === 'chose' || item.kind === 'avoided') for (const id of item.choices) choices.add(id);
      if (item.kind === 'claims' && item.claims !== undefined) for (const c of item.confidence ?? CONFIDENCES) countedClaims.add(c);
    }
  }
  const revisedFacts = new Set<string>();
  for (const outcome of outcomesOf(scenario)) for (const fact in outcome.facts) revisedFacts.add(fact);
  return { choices, visits, revisedFacts, countedClaims };
}
