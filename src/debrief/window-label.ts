/**
 * A deadline's window in words: the one wording the game's views, the debrief and the CLI share.
 * Its own small file, beside the report's words but not among them, because the game's first
 * download shows it (deadline-view, consequence-view) and must not carry the report's words.
 */
import { englishCommon } from '../i18n/english-common';
import type { Translator } from '../i18n/translator';
import type { Deadline } from '../scenario/types';

/**
 * A deadline's window in the translator's language: "72 h", "4 business days",
 * "4 business days, from 24 h after it starts" ("72시간", "영업일 4일").
 */
export function windowLabel(deadline: Deadline, tr: Translator = englishCommon): string {
  const length =
    deadline.businessDays !== undefined
      ? tr.t('common.window.businessDays', { days: deadline.businessDays })
      : tr.t('common.window.hours', { hours: deadline.hours ?? 0 });
  const after = deadline.startsAfter ?? 0;
  return after > 0 ? tr.t('common.window.after', { length, hours: after }) : length;
}
