/**
 * Owners and due intervals of the improvement plan's corrective actions: the built-in ones, and
 * the scenario's own (`improvement_plan:`) in the report's language.
 */
import { text } from '../scenario/index';
import type { PlanAssignment, Scenario } from '../scenario/types';
import type { MessageKey } from '../i18n/catalog-types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';

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

const CATEGORY_OWNERS: Readonly<Record<string, MessageKey>> = {
  disclosure: 'debrief.owner.communications',
  leadership: 'debrief.owner.chiefExecutive',
  legal: 'debrief.owner.generalCounsel',
};

/** The built-in plan, used where the scenario sets nothing, with its roles in one language. */
export function defaultPlanOwners(tr: Translator = debriefEnglish): PlanOwners {
  return {
    category: (id) => ({ owner: tr.t(CATEGORY_OWNERS[id] ?? 'debrief.owner.crisisLead'), days: 30 }),
    deadline: () => ({ owner: tr.t('debrief.owner.generalCounsel'), days: 30 }),
    objective: () => ({ owner: tr.t('debrief.owner.exerciseDirector'), days: 90 }),
    claims: { owner: tr.t('debrief.owner.communications'), days: 30 },
    expired: { owner: tr.t('debrief.owner.crisisLead'), days: 60 },
  };
}

/** The built-in plan in English. */
export const DEFAULT_PLAN_OWNERS: PlanOwners = defaultPlanOwners();

/** The scenario's owners and due intervals over the built-in ones, field by field. */
export function planOwners(scenario: Scenario, lang?: string, tr: Translator = debriefEnglish): PlanOwners {
  const plan = scenario.improvementPlan;
  const d = defaultPlanOwners(tr);
  if (!plan) return d;
  const over = (base: PlanOwner, set: PlanAssignment | undefined): PlanOwner => ({
    owner: set?.owner === undefined ? base.owner : text(set.owner, lang),
    days: set?.dueDays ?? base.days,
  });
  return {
    category: (id) => over(d.category(id), plan.categories[id]),
    deadline: (id) => over(d.deadline(id), plan.deadlines[id]),
    objective: (id) => over(d.objective(id), plan.objectives[id]),
    claims: over(d.claims, plan.claims),
    expired: over(d.expired, plan.expired),
  };
}
