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

/**
 * The steps after which a scripted, random or sampled playthrough is taken to loop: at least
 * 10,000, and never fewer than a playthrough without a loop can take. One bound for terminal play,
 * test plans, random tests and the analysis's sampled runs, so none calls a long chain stuck.
 */
export const stepLimit = (scenario: Scenario): number => Math.max(10_000, movesWithoutLoop(scenario));
