import type { Names } from './names.ts';
import type { PlanAssignment } from './plan-types.ts';
import type { Reporter } from './report.ts';
import { declareUnder, didYouMean, unknownName, type NameNoun } from './suggest.ts';
import { joined } from './said.ts';
import type { Scenario } from './types.ts';

/**
 * The ids an `improvement_plan` block names must be declared: move categories (CR309), deadlines
 * (CR306) and rubric objectives (CR308), each with the closest declared id.
 */
export function checkImprovementPlan(s: Scenario, names: Names, reporter: Reporter): void {
  const plan = s.improvementPlan;
  if (!plan) return;
  const objectives = new Set(s.rubric.map((o) => o.id));
  const check = (
    map: Readonly<Record<string, PlanAssignment>>,
    key: string,
    known: ReadonlySet<string>,
    code: string,
    noun: NameNoun,
  ): void => {
    for (const id of Object.keys(map)) {
      if (known.has(id)) continue;
      const hint = didYouMean(id, known);
      reporter.error(
        code,
        joined(unknownName(noun, id), hint ?? declareUnder(noun === 'objective' ? 'rubric' : `${noun}s`)),
        ['improvement_plan', key, id],
        'key',
      );
    }
  };
  check(plan.categories, 'categories', names.categories, 'CR309', 'category');
  check(plan.deadlines, 'deadlines', names.deadlines, 'CR306', 'deadline');
  check(plan.objectives, 'objectives', objectives, 'CR308', 'objective');
}
