/**
 * The conditions of texts that follow the play (`when` variants of inject headlines and bodies,
 * choice feedback and ending epilogues). Kept apart from `conditionsOf` in references.ts on
 * purpose: the rules never read them, so what only they name must not enter the packed state key;
 * but an author's check of what is read (a flag set and never read) must count them.
 */
import type { Condition, Inject, Scenario } from './types.ts';

/** Every text variant's condition, with where it sits. */
export function textConditionsOf(scenario: Scenario): { readonly where: string; readonly condition: Condition }[] {
  const found: { where: string; condition: Condition }[] = [];
  const inject = (item: Inject): void => {
    for (const c of item.headlineCases ?? []) found.push({ where: `inject ${item.id} headline`, condition: c.when });
    for (const c of item.bodyCases ?? []) found.push({ where: `inject ${item.id} body`, condition: c.when });
  };
  for (const beat of scenario.beats) {
    beat.injects.forEach(inject);
    for (const choice of beat.decision?.choices ?? []) {
      for (const c of choice.feedbackCases ?? []) found.push({ where: `choice ${choice.id} feedback`, condition: c.when });
    }
  }
  for (const trigger of scenario.triggers) if (trigger.inject) inject(trigger.inject);
  for (const deadline of scenario.deadlines) {
    if (deadline.missedInject) inject(deadline.missedInject);
    if (deadline.deficientInject) inject(deadline.deficientInject);
  }
  scenario.optionalInjects.forEach(inject);
  for (const ending of scenario.endings) {
    for (const c of ending.epilogueCases ?? []) found.push({ where: `ending ${ending.id} epilogue`, condition: c.when });
  }
  return found;
}
