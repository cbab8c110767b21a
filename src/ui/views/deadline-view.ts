/**
 * The legal clocks: each running deadline counts down in in-game hours and turns urgent as it
 * nears; met and missed ones say so.
 */
import type { DeadlineState, GameState } from '../../engine/types';
import type { Deadline, Scenario, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { formatHours } from '../format';

/** Hours left on a running deadline at the given time. */
export function hoursLeft(deadline: Deadline, state: DeadlineState, time: number): number {
  return (state.startedAt ?? time) + deadline.hours - time;
}

export function isUrgent(deadline: Deadline, state: DeadlineState, time: number): boolean {
  return state.status === 'running' && hoursLeft(deadline, state, time) <= Math.max(6, deadline.hours * 0.25);
}

export function deadlinesView(scenario: Scenario, state: GameState, text: (value: Text) => string): HTMLElement {
  const shown = scenario.deadlines.filter((deadline) => (state.deadlines[deadline.id]?.status ?? 'idle') !== 'idle');
  return h(
    'section',
    { class: 'panel deadlines', attrs: { 'aria-labelledby': 'deadlines-title' } },
    h('h2', { class: 'section-title', attrs: { id: 'deadlines-title' } }, 'Deadlines'),
    shown.length === 0
      ? h('p', { class: 'muted' }, 'No clock is running yet.')
      : h('ul', { class: 'deadline-list' }, ...shown.map((deadline) => deadlineRow(deadline, state, text))),
  );
}

function deadlineRow(deadline: Deadline, state: GameState, text: (value: Text) => string): HTMLElement {
  const clock = state.deadlines[deadline.id] ?? { status: 'idle' as const };
  const left = hoursLeft(deadline, clock, state.time);
  const urgent = isUrgent(deadline, clock, state.time);
  const status =
    clock.status === 'met' ? 'Met' : clock.status === 'missed' ? 'Missed' : `${formatHours(Math.max(0, left))} left`;
  const fraction = clock.status === 'running' ? Math.max(0, Math.min(1, left / deadline.hours)) : clock.status === 'met' ? 1 : 0;
  const mood = clock.status === 'running' ? (urgent ? 'urgent' : 'running') : clock.status;
  return h(
    'li',
    { class: `deadline deadline--${mood}`, attrs: { 'data-deadline': deadline.id } },
    h(
      'p',
      { class: 'deadline__head' },
      h('span', { class: 'deadline__label' }, text(deadline.label)),
      h('span', { class: 'deadline__status' }, urgent ? `Urgent: ${status}` : status),
    ),
    deadline.reference && h('p', { class: 'deadline__reference' }, `${deadline.reference} \u00b7 ${formatHours(deadline.hours)} window`),
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
