import type { Scenario } from '../scenario/types';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/**
 * The in-game time as the room reads it: "Day 2 · Wed 19 Nov, 14:00". Computed in UTC from the
 * scenario's local `clock_start`, so the machine's time zone never shifts the story.
 */
export function formatGameTime(scenario: Scenario, hours: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(scenario.meta.clockStart);
  const [year, month, day, hour, minute] = match ? match.slice(1).map(Number) : [2000, 1, 1, 0, 0];
  const start = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const at = new Date(start + Math.round(hours * 60) * 60_000);
  // Past the calendar (hours no date can hold): the hour itself, never "Day NaN".
  if (Number.isNaN(at.getTime())) return `hour ${hours}`;
  const dayNumber = Math.floor((at.getTime() - Date.UTC(year!, month! - 1, day!)) / MS_PER_DAY) + 1;
  const clock = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  return `Day ${dayNumber} · ${WEEKDAYS[at.getUTCDay()]} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}, ${clock}`;
}
