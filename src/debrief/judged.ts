/**
 * Which rubric evidence a run ended early can be judged on (issue #16, point 9). A run without an
 * ending is scored only on what it settled: an item counts when no later play could change its
 * outcome, and is left out otherwise, so a room stopped after one decision is not marked down for
 * beats it never reached nor credited for an end it never had. A run with an ending judges all.
 */
import type { GameState } from '../engine/types';
import type { Evidence, Scenario } from '../scenario/types';
import { countedClaims } from './claim-evidence';
import { choiceWithBeat } from '../scenario/lookup';

/** Whether the run has an ending: only then is every item, and the ending part, scored. */
export function isComplete(state: GameState): boolean {
  return state.ending !== null;
}

/** Whether the room took a decision at every beat that offers one of these choices. */
function decidedWhereOffered(scenario: Scenario, state: GameState, ids: readonly string[]): boolean {
  return ids.every((id) => {
    const beat = choiceWithBeat(scenario, id)?.beat;
    // A choice the scenario no longer has cannot be offered again: nothing is left to judge.
    if (!beat?.decision) return true;
    return beat.decision.choices.some((choice) => state.chosen.includes(choice.id));
  });
}

/**
 * Whether an item's outcome is settled in `state` (it holds, or fails, whatever came next):
 * a deadline met, met deficiently or missed; a choice taken, or its decision taken otherwise; a
 * claim contradicted, or (for `claims: none`) a claim made. A condition "at the end" is never
 * settled before the end. `holds` is the item's outcome in `state` (`evidenceHolds`).
 */
export function evidenceJudged(scenario: Scenario, state: GameState, item: Evidence, holds: boolean): boolean {
  if (isComplete(state)) return true;
  switch (item.kind) {
    case 'deadline': {
      const status = state.deadlines[item.deadline]?.status;
      return status === 'met' || status === 'missed' || status === 'deficient';
    }
    case 'chose':
      return holds || decidedWhereOffered(scenario, state, item.choices);
    case 'avoided':
      return !holds || decidedWhereOffered(scenario, state, item.choices);
    case 'claims': {
      const counted = countedClaims(state.claims, item);
      if ((item.claims ?? 'accurate') === 'none') return counted.length > 0;
      // A contradiction is final; a claim not (yet) contradicted may still be.
      return counted.some((claim) => claim.contradictedBy !== undefined);
    }
    case 'when':
      return false;
  }
}
