import type { Reporter } from './report.ts';
import type { Scenario } from './types.ts';
import { said } from './said.ts';

/**
 * From this many triggers with a chance below 1, `check` warns (CR430): every trigger is checked
 * after every step, so they can all roll in the same step, and the exhaustive analysis follows both
 * outcomes of each roll: up to 2^n outcomes for one step (1,024 at ten).
 */
export const CHANCE_TRIGGERS_WARNING = 10;

/** Warns when so many chance triggers can roll together that the analysis forks 2^n ways (CR430). */
export function checkChance(s: Scenario, reporter: Reporter): void {
  const chancy = s.triggers.flatMap((trigger, index) => (trigger.chance < 1 ? [index] : []));
  if (chancy.length < CHANCE_TRIGGERS_WARNING) return;
  const at = chancy[CHANCE_TRIGGERS_WARNING - 1]!;
  reporter.warning(
    'CR430',
    said(
      'CR430',
      `${chancy.length} triggers have a chance below 1 and can roll in the same step: the analysis follows both outcomes of each roll, up to 2^${chancy.length} outcomes for one step, and may run out of its budget (analyze, graph, the workshop and the debrief's best path then say so). Give some of them chance 1, or fold rolls that go together into one trigger`,
      { count: chancy.length },
    ),
    ['triggers', at, 'chance'],
  );
}
