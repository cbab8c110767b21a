/**
 * The legal clocks: each running deadline counts down in in-game hours and turns urgent as it
 * nears; met and missed ones say so.
 */
import type { DeadlineState, GameState } from '../../engine/types';
import type { Deadline, Scenario, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { formatHours } from '../format';
import { t, translator } from '../lang/ui-language';
import { dueHour } from '../../engine/due-hour';
import { windowLabel } from '../../debrief/window-label';
import { windowText } from '../../i18n/window-words';
import { keepDeadlinesFitted } from './deadline-fit';

/** Hours left on a running deadline at the given time. */
export function hoursLeft(scenario: Scenario, deadline: Deadline, state: DeadlineState, time: number): number {
  return dueHour(scenario, deadline, state.startedAt ?? time) - time;
}

/** The whole window of a clock that started at `startedAt`, in hours. */
function windowHours(scenario: Scenario, deadline: Deadline, startedAt: number): number {
  return dueHour(scenario, deadline, startedAt) - startedAt;
}

export function isUrgent(scenario: Scenario, deadline: Deadline, state: DeadlineState, time: number): boolean {
  if (state.status !== 'running') return false;
  const window = windowHours(scenario, deadline, state.startedAt ?? time);
  return hoursLeft(scenario, deadline, state, time) <= Math.max(6, window * 0.25);
}

export function deadlinesView(scenario: Scenario, state: GameState, text: (value: Text) => string): HTMLElement {
  const shown = byUrgency(scenario, state).filter((deadline) => (state.deadlines[deadline.id]?.status ?? 'idle') !== 'idle');
  const rest = h('p', { class: 'deadlines__rest', attrs: { hidden: '' } });
  const section = h(
    'section',
    { class: 'panel deadlines', attrs: { 'aria-labelledby': 'deadlines-title' } },
    h('h2', { class: 'section-title', attrs: { id: 'deadlines-title' } }, t('game.deadlines.title')),
    shown.length === 0
      ? h('p', { class: 'muted' }, t('game.deadlines.none'))
      : h('ul', { class: 'deadline-list' }, ...shown.map((deadline) => deadlineRow(scenario, deadline, state, text))),
    rest,
  );
  keepDeadlinesFitted(section, rest);
  return section;
}

/** Running clocks first, the nearest due at the top; then the resolved ones in the scenario's order. */
function byUrgency(scenario: Scenario, state: GameState): Deadline[] {
  const left = (deadline: Deadline): number => {
    const clock = state.deadlines[deadline.id];
    return clock?.status === 'running' ? hoursLeft(scenario, deadline, clock, state.time) : Number.POSITIVE_INFINITY;
  };
  return [...scenario.deadlines].sort((a, b) => {
    const [x, y] = [left(a), left(b)];
    return x === y ? 0 : x < y ? -1 : 1;
  });
}

/** What a resolved clock says in place of the hours left. */
function resolvedWords(status: DeadlineState['status']): string | undefined {
  return status === 'met' || status === 'missed' || status === 'deficient' ? t(`game.deadlines.${status}`) : undefined;
}

function deadlineRow(scenario: Scenario, deadline: Deadline, state: GameState, text: (value: Text) => string): HTMLElement {
  const clock = state.deadlines[deadline.id] ?? { status: 'idle' as const };
  const left = hoursLeft(scenario, deadline, clock, state.time);
  const urgent = isUrgent(scenario, deadline, clock, state.time);
  const status = resolvedWords(clock.status) ?? t('game.deadlines.left', { time: formatHours(Math.max(0, left)) });
  const window = windowHours(scenario, deadline, clock.startedAt ?? state.time);
  const fraction = clock.status === 'running' ? Math.max(0, Math.min(1, left / window)) : clock.status === 'met' || clock.status === 'deficient' ? 1 : 0;
  const mood = clock.status === 'running' ? (urgent ? 'urgent' : 'running') : clock.status;
  return h(
    'li',
    { class: `deadline deadline--${mood}`, attrs: { 'data-deadline': deadline.id, 'data-status': clock.status } },
    h(
      'p',
      { class: 'deadline__head' },
      h('span', { class: 'deadline__label' }, text(deadline.label)),
      h('span', { class: 'deadline__status' }, urgent ? t('game.deadlines.urgent', { status }) : status),
    ),
    deadline.reference && h('p', { class: 'deadline__reference' }, t('game.deadlines.window', { reference: text(deadline.reference), window: windowText(windowLabel(deadline), translator()) })),
    h(
      'div',
      {
        class: 'deadline__bar',
        attrs: { role: 'img', 'aria-label': `${text(deadline.label)}: ${status}` },
      },
      h('div', { class: 'deadline__fill', attrs: { style: `inline-size: ${Math.round(fraction * 100)}%` } }),
    ),
  );
}
