/** The decision clock on screen: the game's war room and a live team's screen show it alike. */
import { formatSeconds } from '../format';
import { t } from '../lang/ui-language';

export interface ShownTimer {
  readonly limit: number;
  readonly remaining: number;
  readonly paused: boolean;
}

/** Shows `timer` in `element` (hidden when the decision has no clock); touches the DOM only on change. */
export function showDecisionTimer(element: HTMLElement, timer: ShownTimer | null): void {
  element.hidden = timer === null;
  if (!timer) return;
  const text = timer.paused ? t('game.warRoom.timerPaused', { time: formatSeconds(timer.remaining) }) : formatSeconds(timer.remaining);
  if (element.textContent !== text) element.textContent = text;
  element.classList.toggle('timer--urgent', !timer.paused && timer.remaining <= Math.min(30, timer.limit * 0.25));
}
