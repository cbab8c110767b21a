/**
 * Rubric evidence: each item of an objective checked against the final state, with the reason in
 * words so an instructor can point at it.
 */
import { evaluate, windowLabel } from '../engine/index';
import type { GameState } from '../engine/types';
import { text } from '../scenario/index';
import type { Evidence, Objective, Scenario } from '../scenario/types';
import type { EvidenceResult, ObjectiveRating, ObjectiveScore } from './types';
import { claimsEvidenceDetail, claimsEvidenceHolds, claimsEvidenceLabel } from './claim-evidence';
import { beatTitle, choiceLabel, fmtHours } from './words';
import { conditionValues, conditionWords } from './condition-words';
import { choiceWithBeat } from '../scenario/lookup';
import { evidenceJudged } from './judged';

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
      return claimsEvidenceHolds(state, item);
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
  const evidence = objective.evidence.map((item) => judgedResult(scenario, state, item, checkEvidence(scenario, state, item, lang)));
  // A run ended early is rated on the items it settled alone (judged.ts); a full run on all.
  const judged = evidence.filter((e) => e.unjudged !== true);
  const satisfied = judged.filter((e) => e.satisfied).length;
  const rating = rateFraction(satisfied, judged.length);
  const partial = judged.length < evidence.length;
  return {
    id: objective.id,
    label: text(objective.label, lang),
    capability: text(objective.capability, lang),
    rating,
    points: RATING_POINTS[rating],
    satisfied,
    total: evidence.length,
    evidence,
    ...(partial && { judged: judged.length }),
    ...(objective.evidence.length > 0 && judged.length === 0 && { unjudged: true as const }),
    ...(objective.criticalTasks !== undefined && {
      criticalTasks: objective.criticalTasks.map((task) => text(task, lang)),
    }),
  };
}

/** The item's result, marked as not judged when the run ended before its outcome was settled. */
function judgedResult(scenario: Scenario, state: GameState, item: Evidence, result: EvidenceResult): EvidenceResult {
  if (evidenceJudged(scenario, state, item, result.satisfied)) return result;
  return { ...result, unjudged: true, detail: `Not judged: the exercise ended early, before this was settled. ${result.detail}` };
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
  /** `at "Beat"` for the beats where the choices were taken. */
  const where = (ids: readonly string[]): string => {
    const beats = [...new Set(ids.map((id) => choiceWithBeat(scenario, id)?.beat.id ?? ''))];
    return `at ${beats.map((id) => `"${beatTitle(scenario, id, lang)}"`).join(', ')}`;
  };
  switch (item.kind) {
    case 'deadline': {
      const deadline = scenario.deadlines.find((d) => d.id === item.deadline);
      const name = deadline ? text(deadline.label, lang) : item.deadline;
      const clock = state.deadlines[item.deadline];
      const status = clock?.status ?? 'idle';
      const allowed = deadline ? windowLabel(deadline) : '?';
      const detail =
        status === 'met'
          ? `Met at ${fmtHours(clock?.resolvedAt)} (clock started ${fmtHours(clock?.startedAt)}, ${allowed} allowed).`
          : status === 'missed'
            ? `Missed: the ${allowed} clock started ${fmtHours(clock?.startedAt)} and ran out at ${fmtHours(clock?.resolvedAt)}.`
            : status === 'deficient'
              ? `Not met in full: filed at ${fmtHours(clock?.resolvedAt)} (clock started ${fmtHours(clock?.startedAt)}, ${allowed} allowed), but deficient.`
            : status === 'running'
              ? `Not met: the clock started ${fmtHours(clock?.startedAt)} and was still running when the exercise ended.`
              : state.ending === null
                ? 'Not reached: the exercise ended before this clock could start.'
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
      // The default label names the choices, so the detail says where, not which, to say it once.
      const detail = satisfied
        ? own === undefined
          ? `Taken ${where(taken)}.`
          : `The team chose ${names(taken)} ${where(taken)}.`
        : own === undefined
          ? 'Not taken.'
          : `The team chose none of ${names(item.choices)}.`;
      return {
        kind: 'chose',
        label: own ?? `Chose ${item.choices.length > 1 ? 'any of ' : ''}${names(item.choices)}`,
        satisfied,
        detail,
        choices: item.choices,
      };
    }
    case 'avoided': {
      const taken = item.choices.filter((id) => state.chosen.includes(id));
      const satisfied = evidenceHolds(state, item);
      const detail = satisfied
        ? own === undefined
          ? item.choices.length > 1
            ? 'None was taken.'
            : 'Not taken.'
          : `The team avoided ${names(item.choices)}.`
        : own === undefined
          ? `Taken ${where(taken)}.`
          : `The team chose ${names(taken)} ${where(taken)}.`;
      return {
        kind: 'avoided',
        label: own ?? `Avoided ${names(item.choices)}`,
        satisfied,
        detail,
        choices: item.choices,
      };
    }
    case 'claims':
      return {
        kind: 'claims',
        label: own ?? claimsEvidenceLabel(item),
        satisfied: evidenceHolds(state, item),
        detail: claimsEvidenceDetail(state, item),
      };
    case 'when': {
      // In words, never the condition's source (issue #16, point 10).
      const holds = evidenceHolds(state, item);
      const values = conditionValues(scenario, item.condition.expr, state, lang);
      const at = values.length > 0 ? `: ${values.join(', ')}` : '';
      return {
        kind: 'when',
        label: own ?? `At the end: ${conditionWords(scenario, item.condition.expr, lang)}`,
        satisfied: holds,
        detail: `${holds ? 'Held' : 'Did not hold'} at the end${at}.`,
      };
    }
  }
}
