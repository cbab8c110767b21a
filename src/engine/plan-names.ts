import type { Path } from '../scenario/index';
import type { Target } from '../scenario/report';
import type { Scenario } from '../scenario/index';
import { didYouMean, unknownName, type NameNoun } from '../scenario/suggest';
import { joined, type Said } from '../scenario/said';
import type { PlanStep, TestPlan } from './plan';

export interface PlanNameProblem {
  readonly message: Said;
  readonly path: Path;
  readonly target: Target;
}

/**
 * Ids a plan names that its scenario does not declare (a misspelt choice, ending, meter, flag,
 * deadline or inject), each with where it was written and the nearest declared id.
 */
export function planNameProblems(
  plans: readonly TestPlan[],
  scenario: Scenario,
  where: ReadonlyMap<PlanStep, Path>,
): PlanNameProblem[] {
  const choices = scenario.beats.flatMap((b) => (b.decision?.choices ?? []).map((c) => c.id));
  const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);
  const problems: PlanNameProblem[] = [];
  const check = (id: string, known: readonly string[], noun: NameNoun, path: Path, target: Target) => {
    if (known.includes(id)) return;
    problems.push({ message: joined(unknownName(noun, id), didYouMean(id, known)), path, target });
  };
  plans.forEach((plan, i) => {
    for (const step of plan.steps) {
      const path = where.get(step);
      if (path === undefined) continue;
      if (step.kind === 'choose') check(step.choice, choices, 'choice', path, 'value');
      if (step.kind === 'inject')
        check(step.inject, ids(scenario.optionalInjects), 'optionalInject', [...path, 'inject'], 'value');
    }
    const at: Path = ['plans', i, 'expect'];
    const { ending, meters = {}, flags = {}, deadlines = {} } = plan.expect;
    if (ending !== undefined) check(ending, ids(scenario.endings), 'ending', [...at, 'ending'], 'value');
    for (const id of Object.keys(meters)) check(id, ids(scenario.meters), 'meter', [...at, 'meters', id], 'key');
    for (const id of Object.keys(flags)) check(id, ids(scenario.flags), 'flag', [...at, 'flags', id], 'key');
    for (const id of Object.keys(deadlines))
      check(id, ids(scenario.deadlines), 'deadline', [...at, 'deadlines', id], 'key');
  });
  return problems;
}
