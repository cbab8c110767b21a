/**
 * Rubric evidence: each item of an objective checked against the final state, with the reason in
 * words so an instructor can point at it.
 */
import { evaluate } from '../engine/index';
import type { GameState } from '../engine/types';
import { text } from '../scenario/index';
import type { Evidence, Expr, Objective, Scenario } from '../scenario/types';
import type { EvidenceResult, ObjectiveRating, ObjectiveScore } from './types';
import { choiceLabel, fmtHours } from './words';

export const RATING_POINTS: Readonly<Record<ObjectiveRating, number>> = {
  P: 100,
  S: 67,
  M: 33,
  U: 0,
};

/** All satisfied -> P, at least half -> S, some -> M, none -> U (an objective with no items is P). */
export function rateFraction(satisfied: number, total: number): ObjectiveRating {
  if (total === 0 || satisfied === total) return 'P';
  if (satisfied * 2 >= total) return 'S';
  if (satisfied > 0) return 'M';
  return 'U';
}

/** Whether one item of evidence holds in the final state: what the score counts (checkEvidence adds the words). */
export function evidenceHolds(state: GameState, item: Evidence): boolean {
  switch (item.kind) {
    case 'deadline':
      return state.deadlines[item.deadline]?.status === 'met';
    case 'chose':
      return item.choices.some((id) => state.chosen.includes(id));
    case 'avoided':
      return !item.choices.some((id) => state.chosen.includes(id));
    case 'claims':
      return !state.claims.some((claim) => claim.contradictedBy !== undefined);
    case 'when':
      return evaluate(item.condition.expr, state) === true;
  }
}

/** An objective's points, from how many of its items hold. */
export function objectivePoints(state: GameState, objective: Objective): number {
  const satisfied = objective.evidence.filter((item) => evidenceHolds(state, item)).length;
  return RATING_POINTS[rateFraction(satisfied, objective.evidence.length)];
}

export function scoreObjective(
  scenario: Scenario,
  state: GameState,
  objective: Objective,
  lang?: string,
): ObjectiveScore {
  const evidence = objective.evidence.map((item) => checkEvidence(scenario, state, item, lang));
  const satisfied = evidence.filter((e) => e.satisfied).length;
  const rating = rateFraction(satisfied, evidence.length);
  return {
    id: objective.id,
    label: text(objective.label, lang),
    capability: text(objective.capability, lang),
    rating,
    points: RATING_POINTS[rating],
    satisfied,
    total: evidence.length,
    evidence,
  };
}

export function checkEvidence(
  scenario: Scenario,
  state: GameState,
  item: Evidence,
  lang?: string,
): EvidenceResult {
  const own = item.label === undefined ? undefined : text(item.label, lang);
  const names = (ids: readonly string[]): string =>
    ids.map((id) => `"${choiceLabel(scenario, id, lang)}"`).join(', ');
  switch (item.kind) {
    case 'deadline': {
      const deadline = scenario.deadlines.find((d) => d.id === item.deadline);
      const name = deadline ? text(deadline.label, lang) : item.deadline;
      const clock = state.deadlines[item.deadline];
      const status = clock?.status ?? 'idle';
      const detail =
        status === 'met'
          ? `Met at ${fmtHours(clock?.resolvedAt)} (clock started ${fmtHours(clock?.startedAt)}, ${deadline?.hours ?? '?'} h allowed).`
          : status === 'missed'
            ? `Missed: the ${deadline?.hours ?? '?'} h clock started ${fmtHours(clock?.startedAt)} and ran out at ${fmtHours(clock?.resolvedAt)}.`
            : status === 'running'
              ? `Not met: the clock started ${fmtHours(clock?.startedAt)} and was still running when the exercise ended.`
              : 'Not met: the clock never started.';
      return {
        kind: 'deadline',
        label: own ?? `Deadline met: ${name}`,
        satisfied: evidenceHolds(state, item),
        detail,
        deadline: item.deadline,
      };
    }
    case 'chose': {
      const taken = item.choices.filter((id) => state.chosen.includes(id));
      const satisfied = evidenceHolds(state, item);
      return {
        kind: 'chose',
        label: own ?? `Chose ${names(item.choices)}`,
        satisfied,
        detail: satisfied
          ? `The team chose ${names(taken)}.`
          : `The team chose none of ${names(item.choices)}.`,
      };
    }
    case 'avoided': {
      const taken = item.choices.filter((id) => state.chosen.includes(id));
      const satisfied = evidenceHolds(state, item);
      return {
        kind: 'avoided',
        label: own ?? `Avoided ${names(item.choices)}`,
        satisfied,
        detail: satisfied
          ? `The team avoided ${names(item.choices)}.`
          : `The team chose ${names(taken)}.`,
      };
    }
    case 'claims': {
      const wrong = state.claims.filter((c) => c.contradictedBy !== undefined).length;
      const made = state.claims.length;
      return {
        kind: 'claims',
        label: own ?? 'No public claim contradicted by later facts',
        satisfied: evidenceHolds(state, item),
        detail:
          made === 0
            ? 'The team made no public claim about a figure.'
            : wrong === 0
              ? `None of the ${made} public claim${made === 1 ? '' : 's'} was contradicted.`
              : `${wrong} of ${made} public claim${made === 1 ? ' was' : 's were'} contradicted by later facts.`,
      };
    }
    case 'when': {
      const holds = evidenceHolds(state, item);
      const values = referencedValues(item.condition.expr, state);
      const at = values.length > 0 ? ` (at the end: ${values.join(', ')})` : '';
      return {
        kind: 'when',
        label: own ?? `At the end: ${item.condition.source}`,
        satisfied: holds,
        detail: `${item.condition.source} ${holds ? 'held' : 'did not hold'} at the end${at}.`,
      };
    }
  }
}

/** The meters, flags and facts a condition names, with their final values, for the evidence line. */
function referencedValues(expr: Expr, state: GameState): string[] {
  const seen = new Map<string, string>();
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'ref': {
        const value =
          e.of === 'meter'
            ? state.meters[e.id]
            : e.of === 'flag'
              ? state.flags[e.id]
              : state.facts[e.id];
        seen.set(e.id, `${e.id} ${String(value)}`);
        return;
      }
      case 'time':
        seen.set('time', `time ${state.time}`);
        return;
      case 'not':
        walk(e.operand);
        return;
      case 'and':
      case 'or':
      case 'cmp':
        walk(e.left);
        walk(e.right);
        return;
      default:
        return;
    }
  };
  walk(expr);
  return [...seen.values()];
}
