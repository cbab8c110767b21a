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
import { t, translator } from '../lang/ui-language';
import { choiceById, deadlineById } from '../../scenario/lookup';
import { claimedFigure } from '../../engine/claims';
import { figureWords } from '../../debrief/figure-words';
import { addresseeLabels } from './addressee';
import { windowLabel } from '../../debrief/window-label';
import { windowText } from '../../i18n/window-words';
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
      const words = t(notice.bound === 'cap' ? 'game.consequence.limitCap' : 'game.consequence.limitFloor', { meter: meter ? text(meter.label) : notice.meter, value: notice.value });
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
    const words =
      notice.status === 'running'
        ? t('game.consequence.clockStarted', { label, window: deadline ? windowText(windowLabel(deadline), translator()) : '?' })
        : t(`game.consequence.${notice.status}`, { label });
    return [h('li', { class: `deadline-note deadline-note--${notice.status}` }, words)];
  });
  const contradictions = notices.flatMap((notice) => {
    if (notice.kind !== 'contradiction') return [];
    const fact = scenario.facts.find((candidate) => candidate.id === notice.fact);
    const label = fact ? text(fact.label) : notice.fact;
    const unit = fact?.unit ? ` ${text(fact.unit)}` : '';
    // Which statement was contradicted: the penalty's reasons above name the revision instead.
    const choice = choiceById(scenario, notice.choice);
    const key = `game.consequence.contradiction${notice.audience === 'regulator' ? 'Regulator' : ''}${choice ? 'In' : ''}` as const;
    const values = {
      fact: label.toLowerCase(),
      figure: figureWords(claimedFigure(notice), formatNumber, translator()),
      unit,
      confidence: t(`common.confidence.${notice.confidence}`),
      revised: formatNumber(notice.revised),
      choice: choice ? text(choice.label) : '',
    };
    return [h('li', { class: 'contradiction' }, t(key, values))];
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
              time: core.formatGameTime(scenario, after.time, translator()),
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
          options.expired ? t('game.consequence.expired') : options.choice ? t('game.consequence.yours') : t('game.consequence.meanwhile'),
        ),
        h(
          'h1',
          { attrs: { id: 'consequence-title' } },
          options.choice ? text(options.choice.label) : t('game.consequence.movesOn'),
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
        h('h2', { class: 'section-title', attrs: { id: 'changes-title' } }, t('game.consequence.changed')),
        h('div', { class: 'consequence__meters' }, ...meters.map((m) => m.view.root)),
      ),
      h(
        'div',
        { class: 'panel consequence__panel' },
        expert?.root,
        h(
          'section',
          { attrs: { 'aria-label': t('game.consequence.why') } },
          reasons.length > 0
            ? h('ul', { class: 'reasons' }, ...reasons)
            : h('p', { class: 'muted' }, t('game.consequence.noMeter')),
        ),
        deadlines.length > 0 &&
          h(
            'section',
            { attrs: { 'aria-labelledby': 'clock-title' } },
            h('h2', { class: 'section-title', attrs: { id: 'clock-title' } }, t('game.consequence.deadlines')),
            h('ul', { class: 'plain-list' }, ...deadlines),
          ),
        contradictions.length > 0 &&
          h(
            'section',
            { attrs: { 'aria-labelledby': 'claims-title' } },
            h(
              'h2',
              { class: 'section-title', attrs: { id: 'claims-title' } },
              t('game.consequence.claims'),
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
              t('game.consequence.setOff'),
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
              ? t('game.consequence.finished')
              : upcoming > 0
                ? t('game.consequence.waiting', { count: upcoming })
                : '',
          ),
          button(t('game.consequence.continue'), options.onContinue, { class: 'btn btn--primary btn--large' }),
        ),
      ),
    ),
  );
  return { root, meters, expert };
}
