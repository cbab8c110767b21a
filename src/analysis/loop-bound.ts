import type { Scenario } from '../scenario/types';

/**
 * The most moves a playthrough can take without going round a loop: each beat once, again after
 * each trigger `goto` (each fires at most once), plus the ending. A walk that goes further is on a
 * loop; a fixed bound instead (10,000 moves, say) took a valid 20,000-beat chain for one.
 */
export function movesWithoutLoop(scenario: Scenario): number {
  const gotos = scenario.triggers.filter((trigger) => trigger.goto !== undefined).length;
  return (scenario.beats.length + 1) * (gotos + 1);
}
