/**
 * The report's tables as plain rows, so the Markdown and HTML exporters show the same columns with
 * the same values and differ only in how they draw a table.
 */
import type { ClaimReport, DebriefReport, ImprovementAction } from './types';

export type Cell = string | number | null;

export interface ReportTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Column indexes holding numbers (right-aligned where the format can). */
  readonly numeric: readonly number[];
}

export function categoryTable(r: DebriefReport): ReportTable {
  return {
    head: ['Category', 'Decisions', 'Points'],
    rows: r.score.categories.map((c) => [
      c.label,
      c.decisions,
      c.points === null ? 'n/a' : Math.round(c.points),
    ]),
    numeric: [1, 2],
  };
}

export function meterTable(r: DebriefReport): ReportTable {
  return {
    head: ['Meter', 'Start', 'End', 'Band', 'Good end'],
    rows: r.meters.map((m) => [m.label, m.start, m.final, m.finalBand, m.good]),
    numeric: [1, 2],
  };
}

export function deadlineTable(r: DebriefReport): ReportTable {
  return {
    head: ['Deadline', 'Reference', 'Status', 'Started', 'Due', 'Met or missed at'],
    rows: r.deadlines.map((d) => [
      d.label,
      d.reference,
      d.status,
      d.startedLabel,
      d.dueLabel,
      d.resolvedLabel,
    ]),
    numeric: [],
  };
}

/** A corrective action's due date with its interval: "2027-01-01 (30 days)". */
export function dueLabel(p: ImprovementAction): string {
  return p.dueDays === undefined
    ? p.due
    : `${p.due} (${p.dueDays} day${p.dueDays === 1 ? '' : 's'})`;
}

export function planTable(r: DebriefReport): ReportTable {
  return {
    head: ['Issue', 'Corrective action', 'Capability', 'Owner', 'Due'],
    rows: r.improvementPlan.map((p) => [p.issue, p.action, p.capability, p.owner, dueLabel(p)]),
    numeric: [],
  };
}

/** What a claim said and, for a filing, to whom: the claims table's first cell. */
export function claimWhat(c: ClaimReport): string {
  return `${c.factLabel}: ${c.statement || c.choiceLabel}${c.audience === 'regulator' ? ' (to the regulator)' : ''}`;
}

/** Whether a claim was contradicted: when, and by what revision when the log says. */
export function claimContradicted(c: ClaimReport): string {
  if (!c.contradicted) return 'No';
  return `Yes, ${c.contradicted.timeLabel}${c.contradicted.causeLabel ? `, ${c.contradicted.causeLabel}` : ''}`;
}

/** Figures grouped by thousands ("33,700,000"): a room reads a scope at a glance. */
export function claimTable(r: DebriefReport): ReportTable {
  return {
    head: ['Claim', 'When', 'Confidence', 'Said', 'Turned out', 'Contradicted'],
    rows: r.claims.map((c) => [
      claimWhat(c),
      c.timeLabel,
      c.confidence,
      c.said,
      c.actual.toLocaleString('en-US'),
      claimContradicted(c),
    ]),
    numeric: [3, 4],
  };
}
