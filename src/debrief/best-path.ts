/** The highest-scoring playthrough set against the team's path, step by step. */
import { compileRules } from '../engine/index';
import type { Rating, Scenario } from '../scenario/types';
import { scoreState } from './score';
import type { BestPathReport, BestPathStep, DecisionRecord } from './types';
import { choiceWithBeat } from '../scenario/lookup';
import { beatTitle, choiceLabel } from './words';

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
  kind: BestPathReport['kind'] = 'best',
): BestPathReport {
  const steps: BestPathStep[] = bestPath.map((id) => {
    const found = choiceWithBeat(scenario, id);
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
  return { kind, steps, divergedAt: diverged === -1 ? null : diverged, score };
}

const PREFERENCE: readonly Rating[] = ['recommended', 'acceptable', 'harmful'];

/**
 * The author's model answer: from the start, the first recommended choice offered at every
 * decision (acceptable when none is, then harmful), played through the engine with this seed.
 * Cheap where the exhaustive best path is not (large scenarios); it is not guaranteed to be the
 * highest-scoring path, and the report says so.
 */
export function recommendedPath(
  scenario: Scenario,
  seed: number,
): { choices: string[]; score: number } {
  const rules = compileRules(scenario);
  let state = rules.initial(seed).state;
  const choices: string[] = [];
  for (let guard = 0; guard < 1000 && !rules.isFinished(state); guard++) {
    const offered = rules.available(state);
    const pick = PREFERENCE.map((r) => offered.find((c) => c.rating === r)).find(
      (c) => c !== undefined,
    );
    const result = rules.step(
      state,
      pick ? { type: 'player.choose', choice: pick.id } : { type: 'player.continue' },
    );
    if (!result.accepted) break;
    if (pick) choices.push(pick.id);
    state = result.state;
  }
  return { choices, score: scoreState(scenario, state).overall };
}
