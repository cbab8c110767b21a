/** The improvement plan as CSV (RFC 4180): one row per corrective action, for a tracker. */
import { csvRows } from './export-csv';
import type { DebriefReport } from './types';

export const PLAN_COLUMNS = [
  'team',
  'scenario',
  'scenario_version',
  'issue',
  'action',
  'capability',
  'owner',
  'due',
  'due_days',
] as const;

export function toPlanCsv(r: DebriefReport): string {
  const o = r.overview;
  const rows = r.improvementPlan.map((p) => [
    o.team,
    o.scenarioId,
    o.version,
    p.issue,
    p.action,
    p.capability,
    p.owner,
    p.due,
    p.dueDays ?? null,
  ]);
  return csvRows([PLAN_COLUMNS, ...rows]);
}
