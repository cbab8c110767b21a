import type { Outcome, Scenario } from '../scenario/types';
import { compile, compileOutcome } from './compiled';
import { ObjectDraft } from './object-store';
import { applyOutcomeTo } from './outcome';
import type { GameState, Notice } from './types';

/**
 * Applies an outcome block to a state outside a step (meters, then flags, then facts, with the
 * credibility penalty for contradicted claims). `cause` labels the notices.
 */
export function applyOutcome(scenario: Scenario, state: GameState, outcome: Outcome, cause = 'outcome'): { state: GameState; notices: readonly Notice[] } {
  const compiled = compile(scenario);
  const draft = new ObjectDraft(compiled, state, true);
  applyOutcomeTo(compiled, draft, compileOutcome(compiled, outcome, cause));
  return { state: draft.state(), notices: draft.notices ?? [] };
}
