import type { Reporter } from './report.ts';
import type { Scenario } from './types.ts';
import { said } from './said.ts';

/** A decision where some choices tell an outcome story and others do not. */
export const PARTIAL_CONSEQUENCES = 'CR235';

/**
 * Within one decision, either every choice has a `consequence` or none does (CR235, a warning):
 * a room that sees a story after one choice and a bare screen after another learns something from
 * the gap, and a room that lands on the bare one is left without the story of its own move.
 */
export function checkConsequences(s: Scenario, reporter: Reporter): void {
  s.beats.forEach((beat, i) => {
    const choices = beat.decision?.choices ?? [];
    const told = choices.filter((choice) => choice.consequence !== undefined);
    if (told.length === 0 || told.length === choices.length) return;
    const names = told.map((choice) => `'${choice.id}'`);
    const others = names.length === 1 ? `${names[0]!} has one` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!} have one`;
    choices.forEach((choice, j) => {
      if (choice.consequence !== undefined) return;
      reporter.warning(
        PARTIAL_CONSEQUENCES,
        said(
          'CR235',
          `choice '${choice.id}' has no consequence, while ${others} in the same decision: write its outcome story too, or leave out all of them`,
          { id: choice.id, others: names.slice(0, -1).join(', '), last: names.at(-1)!, count: names.length },
        ),
        ['beats', i, 'decision', 'choices', j, 'id'],
      );
    });
  });
}
