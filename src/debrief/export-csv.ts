/** The decisions as CSV (RFC 4180): one row per decision, ready for a spreadsheet. */
import type { DebriefReport } from './types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { choiceRatingWords, signed, strategyWords } from './words';

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled. Text that
 * a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A byte-order mark first, so spreadsheet programs read the file as UTF-8 (Korean text, dashes). */
export const BOM = '\uFEFF';

export function csvRows(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const DECISION_COLUMNS = [
  'team',
  'scenario',
  'scenario_version',
  'index',
  'beat',
  'beat_title',
  'game_hour',
  'game_time',
  'choice',
  'choice_label',
  'category',
  'rating',
  'points',
  'strategy',
  'expired',
  'seconds',
  'time_limit',
  'meter_changes',
  'alternatives',
  'consequence',
  'feedback',
  'references',
] as const;

/**
 * A CSV's header row in `tr`'s language. English keeps the column ids themselves (what a
 * spreadsheet or a script already reads); another language names them for people.
 */
export function csvHeader(columns: readonly CsvColumn[], tr: Translator): string[] {
  return tr.lang === 'en' ? [...columns] : columns.map((column) => tr.t(`debrief.column.${column}`));
}

/** Every column any of the CSV exports has. */
export type CsvColumn = (typeof DECISION_COLUMNS)[number] | 'issue' | 'action' | 'capability' | 'owner' | 'due' | 'due_days';

/** The decisions in `tr`'s language (labels and words; ids and numbers as they are). */
export function toCsv(r: DebriefReport, tr: Translator = debriefEnglish): string {
  const o = r.overview;
  const rows = r.decisions.map((d) => [
    o.team,
    o.scenarioId,
    o.version,
    d.index,
    d.beat,
    d.beatTitle,
    d.time,
    d.timeLabel,
    d.choice,
    d.label,
    d.categoryLabel,
    d.rating === null ? null : choiceRatingWords(d.rating, tr),
    d.points,
    d.strategy === null ? null : strategyWords(d.strategy, tr),
    tr.t(d.expired ? 'debrief.column.true' : 'debrief.column.false'),
    d.seconds,
    d.limit,
    // English keeps the meter ids scripts read; another language names the meters for people.
    d.meterChanges.map((c) => `${tr.lang === 'en' ? c.meter : c.label} ${signed(c.to - c.from)} (${c.causeLabel})`).join('; '),
    d.alternatives.map((a) => `${a.label} (${choiceRatingWords(a.rating, tr)})`).join('; '),
    d.consequence,
    d.feedback,
    d.references.join('; '),
  ]);
  return csvRows([csvHeader(DECISION_COLUMNS, tr), ...rows]);
}

/** Parses RFC 4180 CSV into rows of fields (for tests and re-import checks). */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && source[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
