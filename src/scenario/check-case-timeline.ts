import type { Scenario } from './types.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';

/** A case timeline's date that is not a day of the calendar (2025-02-30). */
export const NOT_A_DATE = 'CR233';
/** A case timeline's entry dated before the entry above it. */
export const DATE_OUT_OF_ORDER = 'CR234';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `date` (YYYY-MM-DD) names a real day; the schema has already checked its shape. */
export function isCalendarDate(date: string): boolean {
  const m = DATE.exec(date);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The case timeline: every date is a real day (CR233), and the entries run in date order
 * (CR234, a warning: the debrief shows them as written, and a reader expects a timeline to run forward).
 */
export function checkCaseTimeline(s: Scenario, reporter: Reporter): void {
  let previous: string | null = null;
  s.caseTimeline?.entries.forEach((entry, i) => {
    const path = ['case_timeline', 'entries', i, 'date'];
    // A date of the wrong shape is the schema's CR205; only a well-shaped one is checked here.
    if (!DATE.test(entry.date)) return;
    if (!isCalendarDate(entry.date)) {
      reporter.error(NOT_A_DATE, said('CR233', `date '${entry.date}' is not a day of the calendar`, { date: entry.date }), path);
      return;
    }
    if (previous !== null && entry.date < previous) {
      reporter.warning(
        DATE_OUT_OF_ORDER,
        said('CR234', `this entry (${entry.date}) is dated before the one above it (${previous}); put the case timeline in date order`, { date: entry.date, previous }),
        path,
      );
    }
    previous = entry.date;
  });
}
