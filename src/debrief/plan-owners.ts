/**
 * Owners and due intervals of the improvement plan's corrective actions: the built-in ones, and
 * the scenario's own (`improvement_plan:`) in the report's language.
 */
import { text } from '../scenario/index';
import type { PlanAssignment, Scenario } from '../scenario/types';

/** One action's owner role and the days until it is due. */
export interface PlanOwner {
  readonly owner: string;
  readonly days: number;
}

/** Where each kind of corrective action goes, in one language. */
export interface PlanOwners {
  category(id: string): PlanOwner;
  deadline(id: string): PlanOwner;
  objective(id: string): PlanOwner;
  readonly claims: PlanOwner;
  readonly expired: PlanOwner;
}

const CATEGORY_OWNERS: Readonly<Record<string, string>> = {
  disclosure: 'Head of Communications',
  leadership: 'Chief Executive (crisis lead)',
  legal: 'General Counsel',
};

/** The built-in plan, used where the scenario sets nothing. */
export const DEFAULT_PLAN_OWNERS: PlanOwners = {
  category: (id) => ({ owner: CATEGORY_OWNERS[id] ?? 'Crisis team lead', days: 30 }),
  deadline: () => ({ owner: 'General Counsel', days: 30 }),
  objective: () => ({ owner: 'Exercise director', days: 90 }),
  claims: { owner: 'Head of Communications', days: 30 },
  expired: { owner: 'Crisis team lead', days: 60 },
};

/** The scenario's owners and due intervals over the built-in ones, field by field. */
export function planOwners(scenario: Scenario, lang?: string): PlanOwners {
  const plan = scenario.improvementPlan;
  if (!plan) return DEFAULT_PLAN_OWNERS;
  const over = (base: PlanOwner, set: PlanAssignment | undefined): PlanOwner => ({
    owner: set?.owner === undefined ? base.owner : text(set.owner, lang),
    days: set?.dueDays ?? base.days,
  });
  const d = DEFAULT_PLAN_OWNERS;
  return {
    category: (id) => over(d.category(id), plan.categories[id]),
    deadline: (id) => over(d.deadline(id), plan.deadlines[id]),
    objective: (id) => over(d.objective(id), plan.objectives[id]),
    claims: over(d.claims, plan.claims),
    expired: over(d.expired, plan.expired),
  };
}
