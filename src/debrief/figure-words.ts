/**
 * A claimed figure in words, shared by the consequence screen, the console, the terminal and the
 * debrief. Its own small file for the reason window-label.ts gives: the game's first screens show
 * it, and must not carry the report's words.
 */
import { englishCommon } from '../i18n/english-common';
import type { Translator } from '../i18n/translator';
import type { ClaimFigure } from '../scenario/types';

/** "4,500", "at least 4,500", "up to 400,000", "4,500 to 10,000"; numbers formatted by `format`. */
export function figureWords(figure: ClaimFigure, format: (value: number) => string, tr: Translator = englishCommon): string {
  const { atLeast, upTo } = figure;
  if (atLeast !== undefined && upTo !== undefined) return tr.t('common.figure.range', { from: format(atLeast), to: format(upTo) });
  if (atLeast !== undefined) return tr.t('common.figure.atLeast', { value: format(atLeast) });
  if (upTo !== undefined) return tr.t('common.figure.upTo', { value: format(upTo) });
  return format(figure.value);
}
