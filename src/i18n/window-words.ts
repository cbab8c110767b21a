/**
 * A deadline's window in the translator's language ("72 h", "영업일 4일"): the one wording of the
 * coded window (src/debrief/window-label.ts) that the game's views, the debrief and the CLI share.
 */
import type { DeadlineWindow } from '../debrief/window-label.ts';
import type { MessageKey } from './catalog-types.ts';
import type { Translator } from './translator.ts';

const WINDOW_WORDS: Readonly<Record<DeadlineWindow['code'], MessageKey>> = {
  hours: 'common.window.hours',
  businessDays: 'common.window.businessDays',
  after: 'common.window.after',
};

// `span`, not `window`: the architecture test reads `window.` in shared code as the DOM's.
export function windowText(span: DeadlineWindow, tr: Translator): string {
  const values = span.code === 'after' ? { ...span.values, length: windowText(span.length, tr) } : span.values;
  return tr.t(WINDOW_WORDS[span.code], values);
}
