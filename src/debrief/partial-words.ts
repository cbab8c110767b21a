/**
 * How a partial score is marked wherever a score is shown (issue #16, point 9): a run without an
 * ending is scored on what it settled only (score.ts), so its figure must never read as a full
 * run's. One wording for the report, the exports, the comparison and the console.
 */
import type { ObjectiveScore, Score } from './types';

/** The short mark beside a partial figure: "62/100 (partial)". */
export const PARTIAL_MARK = 'partial';

/** What a partial score counts, in one sentence. */
export const PARTIAL_SCORE_NOTE =
  'Incomplete run, partial score: the exercise ended before any ending, so the score counts only the decisions taken and the objectives whose evidence could be judged, with no ending part. It is not ranked beside complete runs.';

/** The overall figure out of 100, marked when partial. */
export function overallText(score: Pick<Score, 'overall' | 'partial'>): string {
  return score.partial === true ? `${score.overall}/100 (${PARTIAL_MARK})` : `${score.overall}/100`;
}

/** An objective's tally: "2 of 3 evidence items", or what a run ended early could judge of it. */
export function evidenceTally(objective: Pick<ObjectiveScore, 'satisfied' | 'total' | 'judged' | 'unjudged'>): string {
  const all = `${objective.total} evidence item${objective.total === 1 ? '' : 's'}`;
  if (objective.unjudged === true) return `not judged: the run ended before any of its ${all} was settled`;
  if (objective.judged !== undefined) return `${objective.satisfied} of the ${objective.judged} judged (${all}; the run ended early)`;
  return `${objective.satisfied} of ${all}`;
}
