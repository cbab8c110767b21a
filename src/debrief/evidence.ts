/**
 * Rubric evidence: each item of an objective checked against the final state, with the reason in
 * words so an instructor can point at it.
 */
import { evaluate } from '../engine/index';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import type { GameState } from '../engine/types';
import { text } from '../scenario/index';
import type { Beat, Evidence, Objective, Scenario } from '../scenario/types';
import type { EvidenceResult, ObjectiveRating, ObjectiveScore } from './types';
import { claimsEvidenceDetail, claimsEvidenceHolds, claimsEvidenceLabel } from './claim-evidence';
import { beatTitle, choiceLabel, fmtHours, windowWords } from './words';
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
  tr: Translator = debriefEnglish,
): ObjectiveScore {
  const evidence = objective.evidence.map((item) => judgedResult(scenario, state, item, checkEvidence(scenario, state, item, lang, tr), tr));
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
function judgedResult(scenario: Scenario, state: GameState, item: Evidence, result: EvidenceResult, tr: Translator): EvidenceResult {
  if (evidenceJudged(scenario, state, item, result.satisfied)) return result;
  return { ...result, unjudged: true, detail: tr.t('debrief.evidence.unjudged', { detail: result.detail }) };
}

export function checkEvidence(
  scenario: Scenario,
  state: GameState,
  item: Evidence,
  lang?: string,
  tr: Translator = debriefEnglish,
): EvidenceResult {
  const own = item.label === undefined ? undefined : text(item.label, lang);
  const names = (ids: readonly string[]): string =>
    ids.map((id) => tr.t('debrief.quoted', { text: choiceLabel(scenario, id, lang) })).join(', ');
  /** `at "Beat"` for the beats where the choices were taken. */
  const where = (ids: readonly string[]): string => {
    const beats = [...new Set(ids.map((id) => choiceWithBeat(scenario, id)?.beat.id ?? ''))];
    return tr.t('debrief.evidence.at', { beats: beats.map((id) => tr.t('debrief.quoted', { text: beatTitle(scenario, id, lang) })).join(', ') });
  };
  const hours = (value: number | undefined | null): string => fmtHours(value, tr);
  switch (item.kind) {
    case 'deadline': {
      const deadline = scenario.deadlines.find((d) => d.id === item.deadline);
      const name = deadline ? text(deadline.label, lang) : item.deadline;
      const clock = state.deadlines[item.deadline];
      const status = clock?.status ?? 'idle';
      const allowed = deadline ? windowWords(deadline, tr) : '?';
      const times = { allowed, started: hours(clock?.startedAt), resolved: hours(clock?.resolvedAt) };
      const detail =
        status === 'idle'
          ? tr.t(state.ending === null ? 'debrief.evidence.deadlineNotReached' : 'debrief.evidence.deadlineNeverStarted')
          : tr.t(`debrief.evidence.deadline.${status}`, times);
      return {
        kind: 'deadline',
        label: own ?? tr.t('debrief.evidence.deadlineLabel', { deadline: name }),
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
          ? tr.t('debrief.evidence.taken', { where: where(taken) })
          : tr.t('debrief.evidence.teamChose', { choices: names(taken), where: where(taken) })
        : own === undefined
          ? tr.t('debrief.evidence.notTaken')
          : tr.t('debrief.evidence.choseNone', { choices: names(item.choices) });
      return {
        kind: 'chose',
        label: own ?? tr.t(item.choices.length > 1 ? 'debrief.evidence.choseAny' : 'debrief.evidence.choseLabel', { choices: names(item.choices) }),
        satisfied,
        detail,
        choices: item.choices,
      };
    }
    case 'avoided': {
      const taken = item.choices.filter((id) => state.chosen.includes(id));
      const satisfied = evidenceHolds(state, item);
      // A team avoided only what it was offered: choices of beats it never reached (a decision
      // only a facilitator's push opens) are not named as avoided (r13 CISO). A decision it answered
      // was reached even where `visits` keeps no count of its beat (the engine keeps only the visits
      // a condition reads: kept-visits.ts), as a pushed detour's is not (r14 law N4).
      const reached = (beat: Beat | undefined): boolean =>
        beat !== undefined && ((state.visits[beat.id] ?? 0) > 0 || (beat.decision?.choices ?? []).some((choice) => state.chosen.includes(choice.id)));
      const offered = item.choices.filter((id) => reached(choiceWithBeat(scenario, id)?.beat));
      const detail = satisfied
        ? own === undefined || offered.length === 0
          ? tr.t(item.choices.length > 1 ? 'debrief.evidence.noneTaken' : 'debrief.evidence.notTaken')
          : tr.t('debrief.evidence.teamAvoided', { choices: names(offered) })
        : own === undefined
          ? tr.t('debrief.evidence.taken', { where: where(taken) })
          : tr.t('debrief.evidence.teamChose', { choices: names(taken), where: where(taken) });
      return {
        kind: 'avoided',
        label: own ?? tr.t('debrief.evidence.avoidedLabel', { choices: names(item.choices) }),
        satisfied,
        detail,
        choices: item.choices,
      };
    }
    case 'claims':
      return {
        kind: 'claims',
        label: own ?? claimsEvidenceLabel(item, tr),
        satisfied: evidenceHolds(state, item),
        detail: claimsEvidenceDetail(state, item, tr),
      };
    case 'when': {
      // In words, never the condition's source (issue #16, point 10).
      const holds = evidenceHolds(state, item);
      const values = conditionValues(scenario, item.condition.expr, state, lang, tr).join(', ');

      return {
        kind: 'when',
        label: own ?? tr.t('debrief.evidence.atTheEnd', { condition: conditionWords(scenario, item.condition.expr, lang, tr) }),
        satisfied: holds,
        detail:
          values === ''
            ? tr.t(holds ? 'debrief.evidence.held' : 'debrief.evidence.notHeld')
            : tr.t(holds ? 'debrief.evidence.heldAt' : 'debrief.evidence.notHeldAt', { values }),
      };
    }
  }
}
