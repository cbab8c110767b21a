/**
 * When a deadline is due. A clock's window opens `starts_after` hours after its `starts_when`
 * first held (the hour the state records as its start) and runs for `hours` in-game hours or for
 * `business_days` over the scenario's calendar.
 *
 * Business days follow the SEC's reading of "four business days" for a Form 8-K: the day the
 * window opens is not counted; the count runs over the following Mondays to Fridays, and the
 * deadline falls due at the end (24:00) of the last one. A window that opens on a Saturday or a
 * Sunday therefore counts from the Monday after, as the SEC's rule has it. Public holidays are not
 * modelled. The calendar is `meta.clock_start`, a local date-time read without a time zone, so
 * the machine's zone and daylight saving never move a due hour.
 */
import type { Deadline, Scenario } from '../scenario/types';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** Hour 0 of the scenario's calendar, in milliseconds of a UTC clock that stands for local time. */
function hourZero(clockStart: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(clockStart);
  const [year, month, day, hour, minute] = match ? match.slice(1).map(Number) : [2000, 1, 1, 0, 0];
  return Date.UTC(year!, month! - 1, day!, hour!, minute!);
}

/**
 * The in-game hour at which `days` business days after the in-game hour `from` end: midnight
 * after the last of them.
 */
export function businessDaysDue(clockStart: string, from: number, days: number): number {
  const zero = hourZero(clockStart);
  const at = zero + from * MS_PER_HOUR;
  let midnight = at - (((at % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
  for (let counted = 0; counted < days; ) {
    midnight += MS_PER_DAY;
    const weekday = new Date(midnight).getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted++;
  }
  // `midnight` is now the start of the last business day; the deadline is at its end.
  return (midnight + MS_PER_DAY - zero) / MS_PER_HOUR;
}

/** The in-game hour a deadline whose `starts_when` first held at `startedAt` is due. */
export function dueHour(scenario: Pick<Scenario, 'meta'>, deadline: Deadline, startedAt: number): number {
  const opens = startedAt + (deadline.startsAfter ?? 0);
  if (deadline.businessDays !== undefined) return businessDaysDue(scenario.meta.clockStart, opens, deadline.businessDays);
  return opens + (deadline.hours ?? 0);
}
