/**
 * The scoring rule, shared with the analysis tools and explained point by point in
 * docs/scoring.md. A pure function of the scenario and the final state.
 */
import type { Translator } from '../i18n/translator';
import type { GameState } from '../engine/types';
import { text } from '../scenario/index';
import type { Ending, Rating, Scenario } from '../scenario/types';
import { objectivePoints, scoreObjective } from './evidence';
import type { CategoryScore, Score } from './types';
import { choiceWithBeat } from '../scenario/lookup';
import { isComplete } from './judged';

export const DECISION_POINTS: Readonly<Record<Rating, number>> = {
  recommended: 100,
  acceptable: 50,
  harmful: 0,
};

export const ENDING_POINTS: Readonly<Record<Ending['tone'], number>> = {
  best: 100,
  good: 75,
  mixed: 50,
  poor: 25,
  worst: 0,
};

/** The weights of the overall score, in tenths so the sum stays exact: 5 + 3 + 2 = 10. */
export const WEIGHTS = { decisions: 5, objectives: 3, ending: 2 } as const;

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The rubric part of the score alone: the mean of the objectives' points (100 without a rubric),
 * as `scoreState` computes it, without the words. The analysis scores end states by the thousand.
 */
export function objectivesScore(scenario: Scenario, state: GameState): number {
  return mean(scenario.rubric.map((objective) => objectivePoints(state, objective))) ?? 100;
}

/**
 * Scores a final state: `overall = round(0.5 * decisions + 0.3 * objectives + 0.2 * ending)`,
 * rounded half up. Decisions score 0 when none were taken; objectives 100 when the scenario has
 * no rubric. A state without an ending (ended early, or in progress) gets a partial score
 * (`partialScore`): no ending part, and only the rubric items the run settled. Choices the
 * scenario no longer has are listed in `unknownChoices` and left out of the means.
 */
export function scoreState(scenario: Scenario, state: GameState, lang?: string, tr?: Translator): Score {
  const counts = { recommended: 0, acceptable: 0, harmful: 0 };
  const byCategory = new Map<string, number[]>();
  const points: number[] = [];
  const unknownChoices: string[] = [];
  for (const id of state.chosen) {
    const found = choiceWithBeat(scenario, id);
    if (!found) {
      unknownChoices.push(id);
      continue;
    }
    const p = DECISION_POINTS[found.choice.rating];
    counts[found.choice.rating] += 1;
    points.push(p);
    const list = byCategory.get(found.choice.category) ?? [];
    list.push(p);
    byCategory.set(found.choice.category, list);
  }
  const categories: CategoryScore[] = scenario.categories.map((c) => {
    const list = byCategory.get(c.id) ?? [];
    return { id: c.id, label: text(c.label, lang), points: mean(list), decisions: list.length };
  });
  const rubric = scenario.rubric.map((o) => scoreObjective(scenario, state, o, lang, tr));
  const decisions = mean(points) ?? 0;
  const partial = !isComplete(state);
  // A partial run counts only the objectives it could be judged on (judged.ts).
  const judgedObjectives = mean(rubric.filter((o) => o.unjudged !== true).map((o) => o.points));
  const objectives = judgedObjectives ?? 100;
  const ending =
    state.ending === null ? undefined : scenario.endings.find((e) => e.id === state.ending);
  const endingPoints = ending ? ENDING_POINTS[ending.tone] : 0;
  return {
    overall: partial
      ? partialScore(mean(points), judgedObjectives)
      : overallScore(decisions, objectives, endingPoints),
    partial,
    decisions,
    objectives,
    ending: endingPoints,
    endingId: state.ending,
    endingTone: ending?.tone ?? null,
    counts,
    categories,
    rubric,
    unknownChoices,
  };
}

/**
 * The overall score in tenths before rounding: what the analysis compares when it looks for the
 * best and worst playthroughs, since rounding would make near-ties equal.
 */
export function rawScore(decisions: number, objectives: number, ending: number): number {
  return WEIGHTS.decisions * decisions + WEIGHTS.objectives * objectives + WEIGHTS.ending * ending;
}

/** Each choice's decision points, by choice id. */
export function choicePoints(scenario: Scenario): Map<string, number> {
  return new Map(scenario.beats.flatMap((beat) => beat.decision?.choices.map((choice) => [choice.id, DECISION_POINTS[choice.rating]] as const) ?? []));
}

/** round(0.5 d + 0.3 o + 0.2 e), computed in tenths and nudged so x.5 never rounds down by float error. */
export function overallScore(decisions: number, objectives: number, ending: number): number {
  const tenths = rawScore(decisions, objectives, ending);
  return Math.min(100, Math.max(0, Math.round(tenths / 10 + 1e-9)));
}

/**
 * The overall score of a run without an ending (issue #16, point 9): the same weights, over the
 * parts that could be judged (the decisions taken, the objectives with settled evidence), so
 * `round((5 d + 3 o) / 8)` with both, `d` or `o` alone with one, and 0 with neither. No ending
 * part is counted against it; the score is marked partial wherever it is shown.
 */
export function partialScore(decisions: number | null, objectives: number | null): number {
  const parts = [
    [WEIGHTS.decisions, decisions],
    [WEIGHTS.objectives, objectives],
  ] as const;
  let weight = 0;
  let sum = 0;
  for (const [w, points] of parts) {
    if (points === null) continue;
    weight += w;
    sum += w * points;
  }
  if (weight === 0) return 0;
  return Math.min(100, Math.max(0, Math.round(sum / weight + 1e-9)));
}
