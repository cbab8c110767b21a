/**
 * After a decision: what was chosen and the story of what happened (outcome-view.ts), the
 * expert's view when the facilitator shows it, how each meter moved and why, the deadlines met or
 * missed, the claims that no longer hold (the meters they cost are booked to what revised the
 * figure), and what the decision set off.
 */
import type { GameState, Notice } from '../../engine/types';
import type { Choice, Scenario, Text } from '../../scenario/types';
import type { Core } from '../core';
import { describeCause } from '../causes';
import { button, h } from '../dom/h';
import { categoryClass, categoryLabel, formatNumber, signed } from '../format';
import { choiceById, deadlineById } from '../../scenario/lookup';
import { claimedFigure, figureWords } from '../../engine/claims';
import { addresseeLabels } from './addressee';
import { windowLabel } from '../../engine/due-hour';
import { injectCard } from './inject-card';
import { isGood, limitsOf, meterView, type MeterView } from './meter-view';
import { expertView, outcomeStory, type ExpertView } from './outcome-view';

export interface ConsequenceViewOptions {
  readonly core: Core;
  readonly scenario: Scenario;
  readonly before: GameState;
  readonly after: GameState;
  readonly notices: readonly Notice[];
  /** The choice taken, or null when the team moved on from a beat without a decision. */
  readonly choice: Choice | null;
  /** The timer took the default: the room did not choose it, and the screen must not say it did. */
  readonly expired: boolean;
  /** The facilitator's switch: the room sees the expert's view now, or in the debrief. */
  readonly feedbackRevealed: boolean;
  readonly finished: boolean;
  /** Messages of the next beat waiting in the war room (not shown here: they would spoil it). */
  readonly waiting: number;
  readonly text: (value: Text) => string;
  readonly onContinue: () => void;
}

export interface ConsequenceView {
  readonly root: HTMLElement;
  readonly meters: readonly {
    readonly id: string;
    readonly view: MeterView;
    readonly from: number;
    readonly to: number;
  }[];
  /** The expert's view of the choice, to follow the switch while shown; null without a choice. */
  readonly expert: ExpertView | null;
}

export function consequenceView(options: ConsequenceViewOptions): ConsequenceView {
  const { core, scenario, before, after, notices, text } = options;
  const headline = (id: string): string | undefined => {
    const inject = core.injectById(scenario, id);
    return inject ? text(inject.headline) : undefined;
  };
  const meters = scenario.meters.map((meter) => {
    const from = before.meters[meter.id] ?? meter.start;
    const to = after.meters[meter.id] ?? meter.start;
    return { id: meter.id, from, to, view: meterView(meter, to, text, to - from, limitsOf(after, meter.id)) };
  });
  const reasons = notices.flatMap((notice) => {
    if (notice.kind === 'limit') {
      // A lasting cap or floor is a consequence of its own, even when the meter did not move.
      const meter = scenario.meters.find((candidate) => candidate.id === notice.meter);
      const words = `${meter ? text(meter.label) : notice.meter} ${notice.bound === 'cap' ? 'capped at' : 'held at least at'} ${notice.value} from now on`;
      return [
        h(
          'li',
          { class: 'reason reason--bad reason--limit' },
          h('span', { class: 'reason__delta' }, words),
          h('span', { class: 'reason__cause' }, describeCause(scenario, notice.cause, text, headline, options.expired)),
        ),
      ];
    }
    if (notice.kind !== 'meter' || notice.from === notice.to) return [];
    const meter = scenario.meters.find((candidate) => candidate.id === notice.meter);
    if (!meter) return [];
    const delta = notice.to - notice.from;
    return [
      h(
        'li',
        { class: `reason reason--${isGood(meter, delta) ? 'good' : 'bad'}` },
        h('span', { class: 'reason__delta' }, `${text(meter.label)} ${signed(delta)}`),
        h(
          'span',
          { class: 'reason__cause' },
          describeCause(scenario, notice.cause, text, headline, options.expired),
        ),
      ),
    ];
  });
  const deadlines = notices.flatMap((notice) => {
    if (notice.kind !== 'deadline') return [];
    const deadline = deadlineById(scenario, notice.deadline);
    const label = deadline ? text(deadline.label) : notice.deadline;
    const words = {
      running: `Clock started: ${label} (${deadline ? windowLabel(deadline) : '?'})`,
      met: `Met: ${label}`,
      missed: `Missed: ${label}`,
      deficient: `Met, but deficiently: ${label}`,
    }[notice.status];
    return [h('li', { class: `deadline-note deadline-note--${notice.status}` }, words)];
  });
  // Which statement was contradicted: the penalty's reasons above name the revision instead.
  const madeIn = (choiceId: string): string => {
    const choice = choiceById(scenario, choiceId);
    return choice ? `, in "${text(choice.label)}"` : '';
  };
  const contradictions = notices.flatMap((notice) => {
    if (notice.kind !== 'contradiction') return [];
    const fact = scenario.facts.find((candidate) => candidate.id === notice.fact);
    const label = fact ? text(fact.label) : notice.fact;
    const unit = fact?.unit ? ` ${text(fact.unit)}` : '';
    return [
      h(
        'li',
        { class: 'contradiction' },
        `${notice.audience === 'regulator' ? 'You told the regulator' : 'You said'} ${label.toLowerCase()}: ${figureWords(claimedFigure(notice), formatNumber)}${unit} (${notice.confidence}${madeIn(notice.choice)}). The figure is now ${formatNumber(notice.revised)}${unit}.`,
      ),
    ];
  });
  const developments = notices.flatMap((notice) => {
    if (notice.kind !== 'inject' || notice.source === 'beat') return [];
    const inject = core.injectById(scenario, notice.inject);
    return inject
      ? [
          h(
            'li',
            null,
            injectCard({
              inject,
              variant: notice.variant,
              pick: notice,
              time: core.formatGameTime(scenario, after.time),
              to: addresseeLabels(scenario, inject, text),
              fresh: true,
              text,
              level: 'h4',
            }),
          ),
        ]
      : [];
  });
  const upcoming = options.waiting;

  const category = options.choice ? categoryLabel(scenario, options.choice.category, text) : null;
  const expert = options.choice ? expertView(options.choice, notices, text) : null;
  expert?.show(options.feedbackRevealed);
  const root = h(
    'div',
    { class: 'screen consequence' },
    h(
      'article',
      { class: 'consequence__stack', attrs: { 'aria-labelledby': 'consequence-title' } },
      h(
        'header',
        { class: 'panel consequence__head' },
        h(
          'p',
          { class: 'eyebrow' },
          options.expired
            ? 'Time ran out: the timer chose the default'
            : options.choice
              ? 'Your decision'
              : 'Meanwhile',
        ),
        h(
          'h1',
          { attrs: { id: 'consequence-title' } },
          options.choice ? text(options.choice.label) : 'The situation moves on',
        ),
        category &&
          h(
            'p',
            null,
            h(
              'span',
              { class: `category ${categoryClass(scenario, options.choice?.category ?? '')}` },
              category,
            ),
          ),
        options.choice && outcomeStory(options.choice, notices, text),
      ),
      // Only the strip of dials lets the canvas through (data-surface); the rest is plain CSS.
      h(
        'section',
        {
          class: 'panel consequence__dials',
          attrs: { 'aria-labelledby': 'changes-title', 'data-surface': '' },
        },
        h('h2', { class: 'section-title', attrs: { id: 'changes-title' } }, 'What changed'),
        h('div', { class: 'consequence__meters' }, ...meters.map((m) => m.view.root)),
      ),
      h(
        'div',
        { class: 'panel consequence__panel' },
        expert?.root,
        h(
          'section',
          { attrs: { 'aria-label': 'Why the meters moved' } },
          reasons.length > 0
            ? h('ul', { class: 'reasons' }, ...reasons)
            : h('p', { class: 'muted' }, 'No meter moved.'),
        ),
        deadlines.length > 0 &&
          h(
            'section',
            { attrs: { 'aria-labelledby': 'clock-title' } },
            h('h2', { class: 'section-title', attrs: { id: 'clock-title' } }, 'Deadlines'),
            h('ul', { class: 'plain-list' }, ...deadlines),
          ),
        contradictions.length > 0 &&
          h(
            'section',
            { attrs: { 'aria-labelledby': 'claims-title' } },
            h(
              'h2',
              { class: 'section-title', attrs: { id: 'claims-title' } },
              'Claims contradicted',
            ),
            h('ul', { class: 'plain-list' }, ...contradictions),
          ),
        developments.length > 0 &&
          h(
            'section',
            { attrs: { 'aria-labelledby': 'developments-title' } },
            h(
              'h2',
              { class: 'section-title', attrs: { id: 'developments-title' } },
              'What it set off',
            ),
            h('ul', { class: 'developments' }, ...developments),
          ),
        h(
          'div',
          { class: 'consequence__footer' },
          h(
            'p',
            { class: 'muted' },
            options.finished
              ? 'The exercise has reached its end.'
              : upcoming > 0
                ? `${upcoming} new message${upcoming === 1 ? '' : 's'} waiting in the war room.`
                : '',
          ),
          button('Continue', options.onContinue, { class: 'btn btn--primary btn--large' }),
        ),
      ),
    ),
  );
  return { root, meters, expert };
}
