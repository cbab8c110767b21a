import { formatCalendar } from '../i18n/calendar';
import { englishCommon } from '../i18n/english-common';
import type { Translator } from '../i18n/translator';
import type { Scenario } from '../scenario/types';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** How much of the in-game time to show: the whole date, or the day and the clock for narrow places. */
export type GameTimeForm = 'full' | 'short';

/**
 * The in-game time as the room reads it: "Day 2 · Wed 19 Nov 2025, 14:00" ("2일차 · 2025년 11월 19일
 * (수) 14:00"), or "Day 2 · 14:00" in the short form. Computed in UTC from the scenario's local
 * `clock_start`, so the machine's time zone never shifts the story.
 */
export function formatGameTime(scenario: Scenario, hours: number, tr: Translator = englishCommon, form: GameTimeForm = 'full'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(scenario.meta.clockStart);
  const [year, month, day, hour, minute] = match ? match.slice(1).map(Number) : [2000, 1, 1, 0, 0];
  const start = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const at = new Date(start + Math.round(hours * 60) * 60_000);
  // Past the calendar (hours no date can hold): the hour itself, never "Day NaN".
  if (Number.isNaN(at.getTime())) return tr.t('common.calendar.pastCalendar', { hours: String(hours) });
  const dayNumber = String(Math.floor((at.getTime() - Date.UTC(year!, month! - 1, day!)) / MS_PER_DAY) + 1);
  if (form === 'short') return tr.t('common.calendar.dayShort', { day: dayNumber, time: formatCalendar(tr, at, 'time') });
  return tr.t('common.calendar.day', { day: dayNumber, dateTime: formatCalendar(tr, at) });
}
