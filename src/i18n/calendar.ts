import type { Translator } from './translator.ts';

const names = new Map<string, Intl.DateTimeFormat>();

/** A weekday's or month's short name in the translator's language (UTC, so no time zone shifts it). */
function partOf(lang: string, part: 'weekday' | 'month', at: Date): string {
  const id = `${lang}:${part}`;
  let format = names.get(id);
  if (!format) names.set(id, (format = new Intl.DateTimeFormat(lang, { [part]: 'short', timeZone: 'UTC' })));
  return format.formatToParts(at).find((p) => p.type === part)?.value ?? '';
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * A moment of the scenario's calendar as its language writes it: "Tue 18 Nov 2025, 09:00",
 * "2025년 11월 18일 (화) 09:00". The calendar is the scenario's local time stored as UTC, so the
 * reader's time zone never shifts the story. The order comes from the catalog, the names from Intl
 * (whose whole-date patterns differ between engines: Node, Chromium and Firefox would disagree).
 */
export function formatCalendar(tr: Translator, at: Date, form: 'date-time' | 'date' | 'time' = 'date-time'): string {
  const time = `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
  if (form === 'time') return time;
  const values = {
    weekday: partOf(tr.lang, 'weekday', at),
    monthName: partOf(tr.lang, 'month', at),
    // Strings, not numbers: a year is not a quantity ("2,025").
    year: String(at.getUTCFullYear()),
    month: String(at.getUTCMonth() + 1),
    day: String(at.getUTCDate()),
    time,
  };
  return tr.t(form === 'date' ? 'common.calendar.date' : 'common.calendar.dateTime', values);
}
