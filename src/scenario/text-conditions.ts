/**
 * The conditions of texts that follow the play (`when` variants of inject headlines and bodies,
 * choice feedback and consequences, and ending epilogues). Kept apart from `conditionsOf` in references.ts on
 * purpose: the rules never read them, so what only they name must not enter the packed state key;
 * but an author's check of what is read (a flag set and never read) must count them.
 */
import { injectSites } from './outcome-sites.ts';
import type { Condition, Inject, Scenario } from './types.ts';
import type { Where } from './where.ts';

/**
 * Every inject (from `injectSites`, the one list of where injects live) by where it can be shown:
 * a beat's own injects under that beat's index, and those of triggers, deadlines and the
 * facilitator, which can come at any moment, in `anytime`. Each in scenario order.
 */
export function injectsByBeat(scenario: Scenario): { readonly atBeat: readonly (readonly Inject[])[]; readonly anytime: readonly Inject[] } {
  const atBeat: Inject[][] = scenario.beats.map(() => []);
  const anytime: Inject[] = [];
  for (const [item, path] of injectSites(scenario)) {
    const beat = path[0] === 'beats' && typeof path[1] === 'number' ? atBeat[path[1]] : undefined;
    (beat ?? anytime).push(item);
  }
  return { atBeat, anytime };
}

/** Every text variant's condition, with where it sits. */
export function textConditionsOf(scenario: Scenario): { readonly where: Where; readonly condition: Condition }[] {
  const found: { where: Where; condition: Condition }[] = [];
  const inject = (item: Inject): void => {
    for (const c of item.headlineCases ?? []) found.push({ where: { kind: 'inject', id: item.id, field: 'headline' }, condition: c.when });
    for (const c of item.bodyCases ?? []) found.push({ where: { kind: 'inject', id: item.id, field: 'body' }, condition: c.when });
  };
  const injects = injectsByBeat(scenario);
  scenario.beats.forEach((beat, index) => {
    injects.atBeat[index]?.forEach(inject);
    for (const choice of beat.decision?.choices ?? []) {
      for (const c of choice.feedbackCases ?? []) found.push({ where: { kind: 'choice', id: choice.id, field: 'feedback' }, condition: c.when });
      for (const c of choice.consequenceCases ?? []) found.push({ where: { kind: 'choice', id: choice.id, field: 'consequence' }, condition: c.when });
    }
  });
  injects.anytime.forEach(inject);
  for (const ending of scenario.endings) {
    for (const c of ending.epilogueCases ?? []) found.push({ where: { kind: 'ending', id: ending.id, field: 'epilogue' }, condition: c.when });
  }
  return found;
}
