/**
 * Who owns the debrief's corrective actions and when they are due, as a scenario may set them
 * (`improvement_plan:`). Anything left out keeps the built-in owner and interval.
 */
import type { Text } from './types';

/** An owner role and a due interval for one kind of corrective action; either may be left out. */
export interface PlanAssignment {
  readonly owner?: Text;
  /** Days after the exercise the action is due. */
  readonly dueDays?: number;
}

export interface ImprovementPlanSettings {
  /** Move category id: the action for the team's harmful decisions in that category. */
  readonly categories: Readonly<Record<string, PlanAssignment>>;
  /** Deadline id: the action for a deadline not met. */
  readonly deadlines: Readonly<Record<string, PlanAssignment>>;
  /** Objective id: the re-exercise of an objective rated M or U. */
  readonly objectives: Readonly<Record<string, PlanAssignment>>;
  /** The action for contradicted public claims. */
  readonly claims?: PlanAssignment;
  /** The action for decisions that defaulted when time ran out. */
  readonly expired?: PlanAssignment;
}
