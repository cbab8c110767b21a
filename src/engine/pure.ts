import type { Outcome, Scenario } from '../scenario/types';
import { compile } from './compiled';
import { draftOf, stateOf } from './draft';
import { applyOutcomeTo } from './outcome';
import type { GameState, Notice } from './types';

/**
 * Applies an outcome block to a state outside a step (meters, then flags, then facts, with the
 * credibility penalty for contradicted claims). `cause` labels the notices.
 */
export function applyOutcome(scenario: Scenario, state: GameState, outcome: Outcome, cause = 'outcome'): { state: GameState; notices: readonly Notice[] } {
  const draft = draftOf(state);
  applyOutcomeTo(compile(scenario), draft, outcome, cause);
  return { state: stateOf(draft), notices: draft.notices ?? [] };
}
