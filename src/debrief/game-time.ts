/**
 * The in-game time in words: the one wording the game, the console, the debrief and the CLI
 * share. The engine counts the day and the moment (engine/game-time.ts); the words live here,
 * beside window-label.ts, for the same reason: the game's first download shows them, so they
 * must not come with the report's words.
 */
import { formatCalendar } from '../i18n/calendar';
import { englishCommon } from '../i18n/english-common';
import type { Translator } from '../i18n/translator';
import { gameMoment } from '../engine/game-time';
import type { Scenario } from '../scenario/types';

/** How much of the in-game time to show: the whole date, or the day and the clock for narrow places. */
export type GameTimeForm = 'full' | 'short';

/**
 * The in-game time as the room reads it: "Day 2 · Wed 19 Nov 2025, 14:00" ("2일차 · 2025년 11월 19일
 * (수) 14:00"), or "Day 2 · 14:00" in the short form.
 */
export function formatGameTime(scenario: Scenario, hours: number, tr: Translator = englishCommon, form: GameTimeForm = 'full'): string {
  const moment = gameMoment(scenario, hours);
  // Past the calendar (hours no date can hold): the hour itself, never "Day NaN".
  if (moment === null) return tr.t('common.calendar.pastCalendar', { hours: String(hours) });
  const day = String(moment.day);
  if (form === 'short') return tr.t('common.calendar.dayShort', { day, time: formatCalendar(tr, moment.at, 'time') });
  return tr.t('common.calendar.day', { day, dateTime: formatCalendar(tr, moment.at) });
}
