/** The improvement plan as CSV (RFC 4180): one row per corrective action, for a tracker. */
import { csvHeader, csvRows } from './export-csv';
import type { DebriefReport } from './types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';

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

export function toPlanCsv(r: DebriefReport, tr: Translator = debriefEnglish): string {
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
  return csvRows([csvHeader(PLAN_COLUMNS, tr), ...rows]);
}
