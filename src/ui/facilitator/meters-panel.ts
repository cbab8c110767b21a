/** The meters with their bands, and the legal deadlines with the in-game hours left on each. */
import { dueHour } from '../../engine/index.ts';
import { formatGameTime } from '../../debrief/game-time.ts';
import type { DeadlineState } from '../../engine/types.ts';
import type { Deadline, Meter } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { limitsOf, limitWords } from '../views/meter-view.ts';
import { hoursText, keyed, t, type Panel, type View } from './view.ts';
import { t as ui, translator } from '../lang/ui-language.ts';

export function metersPanel(): Panel {
  const meters = h('div', { class: 'meters' });
  const deadlines = h('ul', {
    class: 'deadlines',
    attrs: { 'aria-labelledby': 'deadlines-heading' },
  });
  const element = h(
    'section',
    { class: 'panel panel--meters', attrs: { 'aria-labelledby': 'meters-heading' } },
    h('h2', { attrs: { id: 'meters-heading' } }, ui('console.meters.title')),
    meters,
    h('h2', { attrs: { id: 'deadlines-heading' } }, ui('console.meters.deadlines')),
    deadlines,
  );
  return {
    element,
    update(view) {
      const state = view.session.state;
      keyed(meters, JSON.stringify(state.meters), () =>
        view.scenario.meters.map((meter) => meterRow(meter, state.meters[meter.id] ?? meter.start, limitWords(limitsOf(state, meter.id)))),
      );
      keyed(deadlines, JSON.stringify([state.deadlines, state.time]), () =>
        view.scenario.deadlines.length === 0
          ? [h('li', { class: 'muted' }, ui('console.meters.noDeadlines'))]
          : view.scenario.deadlines.map((deadline) => {
              const status = state.deadlines[deadline.id] ?? { status: 'idle' };
              return h(
                'li',
                { class: `deadline deadline--${status.status}` },
                h('span', { class: 'deadline-label' }, t(deadline.label)),
                deadline.reference
                  ? h('span', { class: 'muted' }, ` (${t(deadline.reference)})`)
                  : null,
                h(
                  'span',
                  { class: 'deadline-status' },
                  describe(view, status, deadline, state.time),
                ),
              );
            }),
      );
    },
  };
}

/** One meter with its value and band; `limited` is its cap or floor in words, or ''. */
function meterRow(meter: Meter, value: number, limited: string): HTMLElement {
  const band = [...meter.bands].reverse().find((candidate) => value >= candidate.from);
  const label = t(meter.label);
  const share = meter.max === meter.min ? 0 : ((value - meter.min) / (meter.max - meter.min)) * 100;
  const goodness = meter.good === 'high' ? share : 100 - share;
  const tone = goodness >= 60 ? 'good' : goodness >= 35 ? 'fair' : 'bad';
  return h(
    'div',
    { class: 'meter' },
    h(
      'div',
      { class: 'meter-line' },
      h('span', { class: 'meter-label' }, label),
      h('span', { class: 'meter-value' }, `${value}`, band ? ` · ${t(band.label)}` : '', limited ? ` · ${limited}` : ''),
    ),
    h(
      'div',
      {
        class: 'meter-track',
        attrs: {
          role: 'meter',
          'aria-label': label,
          'aria-valuenow': value,
          'aria-valuemin': meter.min,
          'aria-valuemax': meter.max,
          'aria-valuetext': `${band ? `${value}, ${t(band.label)}` : String(value)}${limited ? `, ${limited}` : ''}`,
        },
      },
      h('span', {
        class: `meter-fill meter-fill--${tone}`,
        attrs: { style: `width: ${share.toFixed(1)}%` },
      }),
    ),
    h(
      'p',
      { class: 'meter-hint muted' },
      meter.good === 'high' ? ui('console.meters.higher') : ui('console.meters.lower'),
    ),
  );
}

function describe(view: View, status: DeadlineState, deadline: Deadline, now: number): string {
  switch (status.status) {
    case 'idle':
      return ui('console.meters.notStarted');
    case 'running': {
      const due = dueHour(view.scenario, deadline, status.startedAt ?? now);
      return ui('console.meters.left', { time: hoursText(due - now), due: formatGameTime(view.scenario, due, translator()) });
    }
    case 'deficient':
    case 'met':
    case 'missed':
      return status.resolvedAt === undefined ? ui(`console.meters.${status.status}`) : ui(`console.meters.${status.status}At`, { time: formatGameTime(view.scenario, status.resolvedAt, translator()) });
  }
}
