/**
 * The report's tables as plain rows, so the Markdown and HTML exporters show the same columns with
 * the same values and differ only in how they draw a table.
 */
import type { ClaimReport, DebriefReport, ImprovementAction } from './types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { confidenceList } from './claim-words';
import { deadlineShownWords } from './words';

export type Cell = string | number | null;

export interface ReportTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Column indexes holding numbers (right-aligned where the format can). */
  readonly numeric: readonly number[];
}

export function categoryTable(r: DebriefReport, tr: Translator = debriefEnglish): ReportTable {
  return {
    head: [tr.t('debrief.table.category'), tr.t('debrief.table.decisions'), tr.t('debrief.table.points')],
    rows: r.score.categories.map((c) => [
      c.label,
      c.decisions,
      c.points === null ? tr.t('debrief.table.na') : Math.round(c.points),
    ]),
    numeric: [1, 2],
  };
}

export function meterTable(r: DebriefReport, tr: Translator = debriefEnglish): ReportTable {
  return {
    head: [
      tr.t('debrief.table.meter'),
      tr.t('debrief.table.start'),
      tr.t('debrief.table.end'),
      tr.t('debrief.table.band'),
      tr.t('debrief.table.goodEnd'),
    ],
    rows: r.meters.map((m) => [m.label, m.start, m.final, m.finalBand, tr.t(`debrief.table.good.${m.good}`)]),
    numeric: [1, 2],
  };
}

export function deadlineTable(r: DebriefReport, tr: Translator = debriefEnglish): ReportTable {
  return {
    head: [
      tr.t('debrief.table.deadline'),
      tr.t('debrief.table.reference'),
      tr.t('debrief.table.status'),
      tr.t('debrief.table.started'),
      tr.t('debrief.table.due'),
      tr.t('debrief.table.resolved'),
    ],
    rows: r.deadlines.map((d) => [
      d.label,
      d.reference,
      deadlineShownWords(d.status, tr, (status) => tr.t(`debrief.table.status.${status}`)),
      d.startedLabel,
      d.dueLabel,
      d.resolvedLabel,
    ]),
    numeric: [],
  };
}

/** A corrective action's due date with its interval: "2027-01-01 (30 days)". */
export function dueLabel(p: ImprovementAction, tr: Translator = debriefEnglish): string {
  return p.dueDays === undefined ? p.due : tr.t('debrief.table.dueIn', { due: p.due, days: p.dueDays });
}

export function planTable(r: DebriefReport, tr: Translator = debriefEnglish): ReportTable {
  return {
    head: [
      tr.t('debrief.table.issue'),
      tr.t('debrief.table.action'),
      tr.t('debrief.table.capability'),
      tr.t('debrief.table.owner'),
      tr.t('debrief.table.due'),
    ],
    rows: r.improvementPlan.map((p) => [p.issue, p.action, p.capability, p.owner, dueLabel(p, tr)]),
    numeric: [],
  };
}

/** What a claim said and, for a filing, to whom: the claims table's first cell. */
export function claimWhat(c: ClaimReport, tr: Translator = debriefEnglish): string {
  const what = `${c.factLabel}: ${c.statement || c.choiceLabel}`;
  return c.audience === 'regulator' ? tr.t('debrief.table.toRegulator', { what }) : what;
}

/** Whether a claim was contradicted: when, and by what revision when the log says. */
export function claimContradicted(c: ClaimReport, tr: Translator = debriefEnglish): string {
  if (!c.contradicted) return tr.t('debrief.table.notContradicted');
  const when = c.contradicted.causeLabel ? `${c.contradicted.timeLabel}, ${c.contradicted.causeLabel}` : c.contradicted.timeLabel;
  return tr.t('debrief.table.contradictedAt', { when });
}

/** Figures grouped by thousands ("33,700,000"): a room reads a scope at a glance. */
export function claimTable(r: DebriefReport, tr: Translator = debriefEnglish): ReportTable {
  return {
    head: [
      tr.t('debrief.table.claim'),
      tr.t('debrief.table.when'),
      tr.t('debrief.table.confidence'),
      tr.t('debrief.table.said'),
      tr.t('debrief.table.turnedOut'),
      tr.t('debrief.table.contradicted'),
    ],
    rows: r.claims.map((c) => [
      claimWhat(c, tr),
      c.timeLabel,
      confidenceList([c.confidence], tr),
      c.said,
      tr.number(c.actual),
      claimContradicted(c, tr),
    ]),
    numeric: [3, 4],
  };
}
