/**
 * The decision timer and its controls: pause, resume and extend. The seconds left are computed
 * here from the log with the engine's own `decisionTimer`, so both windows agree without the
 * projector sending a tick every second.
 */
import { decisionTimer } from '../../engine/index.ts';
import { h } from '../dom/h.ts';
import { clockText, type Panel, type View } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

export interface ClockPanel extends Panel {
  /** Redraws the seconds left; called a few times a second. */
  tick(now: number): void;
}

export function clockPanel(): ClockPanel {
  const readout = h('p', { class: 'timer', attrs: { id: 'timer-readout' } });
  const detail = h('p', { class: 'muted', attrs: { id: 'timer-detail' } });
  const pause = h(
    'button',
    { class: 'btn', attrs: { type: 'button', 'data-key': 'pause' } },
    ui('console.clock.pause'),
  );
  const extend = (seconds: number): HTMLButtonElement =>
    h(
      'button',
      {
        class: 'btn btn--secondary',
        attrs: {
          type: 'button',
          'aria-label': ui('console.clock.extendLabel', { seconds }),
        },
        on: { click: () => void current?.send({ kind: 'extend', seconds }) },
      },
      ui('console.clock.extend', { seconds }),
    );
  const element = h(
    'section',
    { class: 'panel panel--clock', attrs: { 'aria-labelledby': 'clock-heading' } },
    h('h2', { attrs: { id: 'clock-heading' } }, ui('console.clock.title')),
    readout,
    detail,
    h('div', { class: 'button-row' }, pause, extend(30), extend(60)),
  );
  let current: View | null = null;
  pause.addEventListener(
    'click',
    () => void current?.send({ kind: current.session.paused ? 'resume' : 'pause' }),
  );

  function tick(now: number): void {
    if (!current) return;
    const { scenario, session } = current;
    const timer = session.finished ? null : decisionTimer(scenario, session.log, now);
    readout.textContent = timer ? clockText(timer.remaining) : '--:--';
    readout.classList.toggle(
      'timer--urgent',
      timer !== null && timer.remaining <= 15 && !session.paused,
    );
    readout.classList.toggle('timer--paused', session.paused && !session.finished);
    if (session.finished) detail.textContent = ui('console.clock.over');
    else if (!timer)
      detail.textContent = session.paused
        ? ui('console.clock.pausedNoLimit')
        : ui('console.clock.noLimit');
    else
      detail.textContent = ui(session.paused ? 'console.clock.pausedLimit' : 'console.clock.limit', { limit: clockText(timer.limit) });
  }

  return {
    element,
    tick,
    update(view) {
      current = view;
      pause.textContent = view.session.paused ? ui('console.clock.resume') : ui('console.clock.pause');
      pause.dataset.blocked = String(view.session.finished);
      tick(Date.now());
    },
  };
}
