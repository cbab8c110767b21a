/**
 * The war room screen: the inject feed on the left, the beat and its decision in the middle,
 * meters and deadline clocks on the right, the clocks along the top.
 */
import type { GameState } from '../../engine/types';
import type { Beat, Choice, Scenario, Text } from '../../scenario/types';
import type { Core } from '../core';
import { button, h } from '../dom/h';
import type { FeedItem } from '../feed-model';
import { t, translator } from '../lang/ui-language';
import { choicesView } from './choices-view';
import { deadlinesView } from './deadline-view';
import { addresseeLabels } from './addressee';
import { injectCard, type InjectCardOptions } from './inject-card';
import { showInjectDialog } from './inject-dialog';
import { limitsOf, meterView, type MeterView } from './meter-view';

export interface WarRoomViewOptions {
  readonly core: Core;
  readonly scenario: Scenario;
  readonly beat: Beat;
  readonly state: GameState;
  readonly team: string | undefined;
  readonly feed: readonly FeedItem[];
  /** Items with this seq or later are new since the last decision. */
  readonly freshFrom: number;
  readonly choices: readonly Choice[];
  readonly paused: boolean;
  readonly text: (value: Text) => string;
  readonly onChoose: (choice: Choice) => void;
  readonly onContinue: () => void;
  readonly onConsole: (() => void) | null;
  /**
   * Switches projector view on or off (display-mode.ts); the button shows whether it is on. Null
   * where there is no projector: a live team's own laptop or phone.
   */
  readonly onProjector: (() => void) | null;
  readonly projector: boolean;
}

export interface WarRoomView {
  readonly root: HTMLElement;
  readonly meters: readonly { readonly id: string; readonly view: MeterView }[];
  readonly choiceButtons: HTMLButtonElement[];
  readonly timer: HTMLElement;
  /** The decision's status line for a choice a number key selected (empty without a decision). */
  readonly confirm: HTMLElement;
  readonly focus: HTMLElement;
}

export function warRoomView(options: WarRoomViewOptions): WarRoomView {
  const { core, scenario, beat, state, text } = options;
  const meters = scenario.meters.map((meter) => ({ id: meter.id, view: meterView(meter, state.meters[meter.id] ?? meter.start, text, undefined, limitsOf(state, meter.id)) }));
  const timer = h('div', { class: 'timer', attrs: { role: 'timer', 'aria-label': t('game.warRoom.timerLabel'), hidden: true } });
  const title = h('h1', { class: 'stage__title', attrs: { id: 'beat-title' } }, text(beat.title));
  let choiceButtons: HTMLButtonElement[] = [];
  let confirm: HTMLElement = h('p');
  let action: HTMLElement;
  if (beat.decision) {
    const decision = choicesView({ scenario, prompt: text(beat.decision.prompt), choices: options.choices, text, onChoose: options.onChoose });
    choiceButtons = decision.buttons;
    confirm = decision.confirm;
    action = decision.root;
  } else {
    action = h(
      'div',
      { class: 'stage__continue' },
      h('p', { class: 'muted' }, t('game.warRoom.noDecision')),
      button(t('game.warRoom.continue'), options.onContinue, { class: 'btn btn--primary btn--large' }),
    );
  }

  const items = [...options.feed].reverse();
  const root = h(
    'div',
    { class: 'screen war-room' },
    h(
      'header',
      { class: 'topbar' },
      h(
        'div',
        { class: 'topbar__title' },
        h('p', { class: 'eyebrow' }, options.team ? t('game.warRoom.eyebrowTeam', { team: options.team }) : t('game.warRoom.eyebrow')),
        h('p', { class: 'topbar__scenario' }, text(scenario.meta.title)),
      ),
      h(
        'div',
        { class: 'topbar__clock' },
        h('p', { class: 'eyebrow' }, t('game.warRoom.gameTime')),
        h('p', { class: 'topbar__time', attrs: { 'data-clock': '' } }, core.formatGameTime(scenario, state.time, translator())),
      ),
      timer,
      options.onProjector && button(t('game.warRoom.projector'), options.onProjector, { class: 'btn btn--quiet btn--small topbar__display', attrs: { 'aria-pressed': options.projector ? 'true' : 'false' } }),
      options.onConsole && button(t('game.warRoom.openConsole'), options.onConsole, { class: 'btn btn--quiet btn--small' }),
    ),
    h(
      'div',
      { class: 'war-room__grid' },
      h(
        'section',
        { class: 'feed', attrs: { 'aria-labelledby': 'feed-title' } },
        h('h2', { class: 'section-title', attrs: { id: 'feed-title' } }, t('game.warRoom.incoming', { count: items.length })),
        h(
          'div',
          { class: 'feed__list', attrs: { tabindex: 0, role: 'region', 'aria-label': t('game.warRoom.incomingLabel') } },
          ...items.map((item) => {
            const inject = core.injectById(scenario, item.inject);
            if (!inject) return null;
            const card: InjectCardOptions = { inject, variant: item.variant, pick: item, time: core.formatGameTime(scenario, item.time, translator(), 'short'), fresh: item.seq >= options.freshFrom, text, to: addresseeLabels(scenario, inject, text) };
            return injectCard({ ...card, onEnlarge: (opener) => showInjectDialog(card, opener) });
          }),
        ),
      ),
      h(
        'section',
        { class: 'stage panel', attrs: { 'aria-labelledby': 'beat-title' } },
        h('p', { class: 'eyebrow' }, t('game.warRoom.hour', { hour: Math.round(state.time * 10) / 10 })),
        title,
        options.paused && h('p', { class: 'banner banner--info', attrs: { role: 'status' } }, 
          // Only a timed decision has a clock to stop (issue #16, point 11).
          options.beat.decision?.timeLimit === undefined ? t('game.warRoom.paused') : t('game.warRoom.pausedTimed')),
        action,
      ),
      h(
        'aside',
        // The column scrolls when a scenario has many deadlines: focusable, so a keyboard scrolls it too.
        { class: 'status', attrs: { 'aria-label': t('game.warRoom.situation'), tabindex: 0 } },
        h(
          'section',
          { class: 'panel meters', attrs: { 'aria-labelledby': 'meters-title', 'data-surface': '' } },
          h('h2', { class: 'section-title', attrs: { id: 'meters-title' } }, t('game.warRoom.situation')),
          h('div', { class: 'meters__headline' }, ...meters.filter((_, i) => scenario.meters[i]?.headline).map((m) => m.view.root)),
          h('div', { class: 'meters__minor' }, ...meters.filter((_, i) => !scenario.meters[i]?.headline).map((m) => m.view.root)),
        ),
        deadlinesView(scenario, state, text),
      ),
    ),
  );
  return { root, meters, choiceButtons, timer, confirm, focus: title };
}
