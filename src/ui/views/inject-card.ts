/**
 * One inject, dressed as what it is: an e-mail with its header, a news article under a masthead,
 * a social post with its reactions, a regulator's letter, a chat message, a board message, a legal
 * memo, an alert; a real document it carries (an artefact) under the body. All of it plain text.
 */
import type { Inject, InjectKind, Text } from '../../scenario/types';
import { injectTexts, type InjectPick } from '../../scenario/text-picks';
import { h, type Child } from '../dom/h';
import { formatCompact, kindLabel } from '../format';
import { t } from '../lang/ui-language';
import { paragraphs } from './briefing-view';
import { artefactView } from './artefact-view';

export interface InjectCardOptions {
  readonly inject: Inject;
  readonly variant: number | undefined;
  /** What the engine picked on delivery (an inject notice or feed item); overrides `variant`. */
  readonly pick?: InjectPick;
  /** The in-game time it arrived, already formatted. */
  readonly time: string;
  readonly fresh: boolean;
  readonly text: (value: Text) => string;
  /** Heading level inside the feed. */
  readonly level?: 'h3' | 'h4';
  /** The labels of the roles it is addressed to (see addressee.ts); none for the whole room. */
  readonly to?: readonly string[];
  /** When set, the card has an "Enlarge" button that calls it with the button (to refocus). */
  readonly onEnlarge?: (opener: HTMLButtonElement) => void;
}

/**
 * Headline and body as delivered: the seeded variant when the inject has variants, else the
 * conditional variants the engine picked (`pick`: an inject notice or feed item), else the plain texts.
 */
export function injectWords(inject: Inject, pick: number | undefined | InjectPick, text: (value: Text) => string): { headline: string; body: string } {
  const words = injectTexts(inject, typeof pick === 'object' ? pick : { variant: pick });
  return { headline: text(words.headline), body: text(words.body) };
}

export function injectCard(options: InjectCardOptions): HTMLElement {
  const { inject, text } = options;
  const { headline, body } = injectWords(inject, options.pick ?? options.variant, text);
  const from = text(inject.from);
  const heading = h(options.level ?? 'h3', { class: 'inject__headline' }, headline);
  const to = options.to?.length ? options.to.join(', ') : null;
  const parts = LAYOUTS[inject.kind]({ from, headline: heading, body: paragraphs(body), inject, time: options.time });
  const onEnlarge = options.onEnlarge;
  const enlarge =
    onEnlarge &&
    h('button', { class: 'inject__enlarge btn btn--quiet btn--small', attrs: { type: 'button', 'aria-label': t('game.inject.enlargeNamed', { headline }) }, on: { click: (event) => onEnlarge(event.currentTarget as HTMLButtonElement) } }, t('game.inject.enlarge'));
  return h(
    'article',
    { class: `inject inject--${inject.kind}${options.fresh ? ' inject--fresh' : ''}`, attrs: { 'aria-label': to ? t('game.inject.labelTo', { kind: kindLabel(inject.kind), from, to, headline }) : t('game.inject.label', { kind: kindLabel(inject.kind), from, headline }) } },
    h(
      'p',
      { class: 'inject__kind' },
      h('span', { class: 'inject__kind-label' }, kindLabel(inject.kind)),
      options.fresh && h('span', { class: 'inject__new' }, t('game.inject.new')),
      h('span', { class: 'inject__time' }, options.time),
      enlarge,
    ),
    to && h('p', { class: 'inject__to' }, h('span', { class: 'inject__to-label' }, t('game.inject.to')), to),
    ...parts,
    inject.artefact && artefactView(inject.artefact, text),
  );
}

interface Parts {
  readonly from: string;
  readonly headline: HTMLElement;
  readonly body: readonly HTMLElement[];
  readonly inject: Inject;
  readonly time: string;
}

const LAYOUTS: Readonly<Record<InjectKind, (parts: Parts) => Child[]>> = {
  email: ({ from, headline, body }) => [
    h('dl', { class: 'inject__header' }, h('dt', null, t('game.inject.from')), h('dd', null, from), h('dt', null, t('game.inject.subject')), h('dd', null, headline)),
    h('div', { class: 'inject__body' }, ...body),
  ],
  news: ({ from, headline, body }) => [
    h('p', { class: 'inject__masthead' }, from),
    headline,
    h('div', { class: 'inject__body inject__body--columns' }, ...body),
  ],
  social: ({ from, headline, body, inject }) => [
    h(
      'p',
      { class: 'inject__author' },
      h('span', { class: 'inject__avatar', attrs: { 'aria-hidden': 'true' } }, initials(from)),
      h('span', { class: 'inject__handle' }, from),
    ),
    headline,
    h('div', { class: 'inject__body' }, ...body),
    inject.reactions &&
      h(
        'ul',
        { class: 'inject__reactions', attrs: { 'aria-label': t('game.inject.reactions') } },
        reaction('\u2665', inject.reactions.likes, t('game.inject.likes')),
        reaction('\u21bb', inject.reactions.shares, t('game.inject.shares')),
        reaction('\u2709', inject.reactions.replies, t('game.inject.replies')),
      ),
  ],
  regulator: ({ from, headline, body }) => [
    h('p', { class: 'inject__letterhead' }, h('span', { class: 'inject__seal', attrs: { 'aria-hidden': 'true' } }, '\u2696'), from),
    h('p', { class: 'inject__re' }, t('game.inject.rePrefix'), headline),
    h('div', { class: 'inject__body' }, ...body),
  ],
  chat: ({ from, headline, body }) => [
    h('p', { class: 'inject__author' }, h('span', { class: 'inject__avatar', attrs: { 'aria-hidden': 'true' } }, initials(from)), h('span', { class: 'inject__handle' }, from)),
    h('div', { class: 'inject__bubble' }, headline, ...body),
  ],
  board: ({ from, headline, body }) => [
    h('p', { class: 'inject__letterhead' }, from),
    headline,
    h('div', { class: 'inject__body' }, ...body),
  ],
  memo: ({ from, headline, body }) => [
    h('p', { class: 'inject__stamp' }, t('game.inject.privileged')),
    h('dl', { class: 'inject__header' }, h('dt', null, t('game.inject.from')), h('dd', null, from), h('dt', null, t('game.inject.re')), h('dd', null, headline)),
    h('div', { class: 'inject__body' }, ...body),
  ],
  alert: ({ from, headline, body }) => [
    h('p', { class: 'inject__siren' }, h('span', { attrs: { 'aria-hidden': 'true' } }, '\u25b2 '), from),
    headline,
    h('div', { class: 'inject__body' }, ...body),
  ],
};

function reaction(symbol: string, count: number, name: string): HTMLElement {
  return h('li', null, h('span', { attrs: { 'aria-hidden': 'true' } }, `${symbol} `), formatCompact(count), h('span', { class: 'visually-hidden' }, ` ${name}`));
}

function initials(name: string): string {
  const words = name.replace(/^@/, '').split(/[\s_.-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}
