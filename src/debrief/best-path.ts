/** The highest-scoring playthrough set against the team's path, step by step. */
import type { Scenario } from '../scenario/types';
import type { BestPathReport, BestPathStep, DecisionRecord } from './types';
import { beatTitle, choiceLabel, findChoice } from './words';

/**
 * `bestPath` is the best playthrough's choice ids in order. Each step is compared with what the
 * team chose at the same beat; the first step where they differ (or the team never reached the
 * beat) is where the team diverged.
 */
export function bestPathReport(
  scenario: Scenario,
  bestPath: readonly string[],
  decisions: readonly DecisionRecord[],
  lang: string,
  score: number | null = null,
): BestPathReport {
  const steps: BestPathStep[] = bestPath.map((id) => {
    const found = findChoice(scenario, id);
    const beat = found?.beat.id ?? '';
    const team = decisions.find((d) => d.beat === beat) ?? null;
    return {
      beat,
      beatTitle: beatTitle(scenario, beat, lang),
      choice: id,
      label: choiceLabel(scenario, id, lang),
      rating: found?.choice.rating ?? null,
      teamChoice: team?.choice ?? null,
      teamLabel: team?.label ?? null,
    };
  });
  const diverged = steps.findIndex((s) => s.teamChoice !== s.choice);
  return { steps, divergedAt: diverged === -1 ? null : diverged, score };
}
