/**
 * A deadline's window as a code and values, as refusals are given: the core words nothing here.
 * The game's views, the debrief and the CLI word it through one wording, `windowText`
 * (src/i18n/window-words.ts). Its own small file because the game's first download shows it
 * (deadline-view, consequence-view) and must not carry the report's words.
 */
import type { Deadline } from '../scenario/types';

/** How long a deadline's clock runs: hours, or business days counted on the calendar. */
export type WindowLength =
  | { readonly code: 'hours'; readonly values: { readonly hours: number } }
  | { readonly code: 'businessDays'; readonly values: { readonly days: number } };

/** A deadline's window: its length, opening `hours` after the clock starts when `starts_after` says so. */
export type DeadlineWindow = WindowLength | { readonly code: 'after'; readonly values: { readonly hours: number }; readonly length: WindowLength };

/** A deadline's window: "72 h", "4 business days", "4 business days, from 24 h after it starts" once worded. */
export function windowLabel(deadline: Deadline): DeadlineWindow {
  const length: WindowLength =
    deadline.businessDays !== undefined
      ? { code: 'businessDays', values: { days: deadline.businessDays } }
      : { code: 'hours', values: { hours: deadline.hours ?? 0 } };
  const after = deadline.startsAfter ?? 0;
  return after > 0 ? { code: 'after', values: { hours: after }, length } : length;
}
