/**
 * How a partial score is marked wherever a score is shown (issue #16, point 9): a run without an
 * ending is scored on what it settled only (score.ts), so its figure must never read as a full
 * run's. One wording for the report, the exports, the comparison and the console.
 */
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import type { ObjectiveScore, Score } from './types';

/** The short mark beside a partial figure: "62/100 (partial)". */
export const PARTIAL_MARK = debriefEnglish.t('debrief.partial.mark');

/** What a partial score counts, in one sentence (English; `partialScoreNote` in another language). */
export const PARTIAL_SCORE_NOTE = debriefEnglish.t('debrief.partial.note');

export function partialScoreNote(tr: Translator = debriefEnglish): string {
  return tr.t('debrief.partial.note');
}

/** The overall figure out of 100, marked when partial. */
export function overallText(score: Pick<Score, 'overall' | 'partial'>, tr: Translator = debriefEnglish): string {
  return tr.t(score.partial === true ? 'debrief.partial.overallPartial' : 'debrief.partial.overall', { score: score.overall });
}

/** An objective's tally: "2 of 3 evidence items", or what a run ended early could judge of it. */
export function evidenceTally(
  objective: Pick<ObjectiveScore, 'satisfied' | 'total' | 'judged' | 'unjudged'>,
  tr: Translator = debriefEnglish,
): string {
  const all = tr.t('debrief.tally.items', { total: objective.total });
  if (objective.unjudged === true) return tr.t('debrief.tally.unjudged', { all });
  if (objective.judged !== undefined) return tr.t('debrief.tally.judged', { satisfied: objective.satisfied, judged: objective.judged, all });
  return tr.t('debrief.tally.of', { satisfied: objective.satisfied, all });
}
