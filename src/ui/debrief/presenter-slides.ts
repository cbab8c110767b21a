/**
 * One presenter slide as DOM: a labelled region with its heading, laid out for a projector. Every
 * string is a text node (through `h`), never markup.
 */
import type { Slide, SlideChoice, SlideMeter } from '../../debrief/index';
import { h, type Child } from '../dom/h';
import { t } from '../lang/ui-language';
import { choiceRating } from './sections';

let slides = 0;

/** The slide as a region named by its heading; it scrolls (and so takes focus) when it overflows. */
export function slideElement(slide: Slide, incomplete: string | null): HTMLElement {
  const id = `crp-slide-${++slides}`;
  return h(
    'section',
    {
      class: `crp-slide crp-slide--${slide.kind}`,
      attrs: { role: 'region', 'aria-labelledby': id, tabindex: '0' },
    },
    slide.kind === 'title' ? h('p', { class: 'crp-kicker' }, 'After-action debrief') : null,
    incomplete ? h('p', { class: 'crp-incomplete', attrs: { role: 'note' } }, incomplete) : null,
    h('h2', { class: 'crp-slide__heading', attrs: { id, tabindex: '-1' } }, slide.heading),
    ...body(slide),
  );
}

function body(slide: Slide): Child[] {
  switch (slide.kind) {
    case 'title':
      return [
        h('p', { class: 'crp-score' }, slide.score),
        h('ul', { class: 'crp-lines' }, ...slide.lines.map((l) => h('li', null, l))),
      ];
    case 'decision':
      return decisionBody(slide);
    case 'ending':
      return [
        slide.title
          ? h('p', { class: 'crp-ending' }, slide.title, ' ', h('span', { class: `crd-tone crd-tone--${slide.tone ?? ''}` }, `${slide.tone ?? ''} outcome`))
          : null,
        h('p', { class: 'crp-epilogue' }, slide.epilogue),
      ];
    case 'claims':
      return [
        grid(
          [t('viewer.presenter.what'), t('viewer.presenter.said'), t('viewer.presenter.actual'), t('viewer.presenter.contradicted')],
          slide.rows.map((r) => ({ cells: [r.what, r.said, r.actual, r.contradicted], mood: r.wrong ? 'bad' : 'good' })),
          slide.empty,
        ),
      ];
    case 'deadlines':
      return [
        grid(
          [t('viewer.presenter.deadline'), t('viewer.presenter.rule'), t('viewer.presenter.status'), t('viewer.presenter.when')],
          slide.rows.map((r) => ({
            cells: [r.label, r.reference, r.status, r.when || '\u2014'],
            mood: r.good === null ? '' : r.good ? 'good' : 'bad',
          })),
          slide.empty,
        ),
      ];
    case 'objectives':
      return [
        slide.rows.length === 0
          ? h('p', null, slide.empty)
          : h(
              'ul',
              { class: 'crp-objectives' },
              ...slide.rows.map((o) =>
                h(
                  'li',
                  null,
                  h('span', { class: `crd-rating crd-rating--${o.rating ?? 'none'}`, attrs: { 'aria-hidden': 'true' } }, o.rating ?? '\u2013'),
                  ' ',
                  h('strong', null, o.label),
                  h('span', { class: 'crp-muted' }, ` \u2014 ${o.ratingWords}; ${o.tally}`),
                ),
              ),
            ),
      ];
    case 'plan':
      return [
        grid(
          [t('viewer.presenter.issue'), t('viewer.presenter.action'), t('viewer.presenter.owner'), t('viewer.presenter.due')],
          slide.rows.map((r) => ({ cells: [r.issue, r.action, r.owner, r.due], mood: '' })),
          slide.empty,
        ),
      ];
  }
}

function decisionBody(slide: Extract<Slide, { kind: 'decision' }>): Child[] {
  const feedback = slide.alternatives.map((a) => alternativeFeedback(a));
  const toggle = h(
    'button',
    { class: 'crp-btn crp-btn--quiet', attrs: { type: 'button', 'aria-expanded': 'false' } },
    t('viewer.presenter.showFeedback'),
  );
  // The room discusses the other choices before the expert's word on them is shown.
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? t('viewer.presenter.hideFeedback') : t('viewer.presenter.showFeedback');
    for (const f of feedback) f.hidden = !open;
  });
  return [
    slide.prompt ? h('p', { class: 'crp-prompt' }, slide.prompt) : null,
    h(
      'div',
      { class: 'crp-decision' },
      h(
        'div',
        { class: 'crp-chosen' },
        h('h3', null, slide.chosen.expired ? t('viewer.presenter.clockChose') : t('viewer.presenter.roomChose')),
        h('p', { class: 'crp-choice' }, h('strong', null, slide.chosen.label), ' ', choiceRating(slide.chosen.rating)),
        h('p', { class: 'crp-muted' }, slide.when),
        slide.chosen.feedback ? h('p', { class: 'crp-feedback' }, slide.chosen.feedback) : null,
      ),
      h(
        'div',
        { class: 'crp-side' },
        meters(slide.meters),
        slide.alternatives.length > 0 ? h('h3', null, t('viewer.presenter.alternatives')) : null,
        slide.alternatives.length > 0
          ? h(
              'ul',
              { class: 'crp-alternatives' },
              ...slide.alternatives.map((a, i) =>
                h('li', null, h('strong', null, a.label), ' ', choiceRating(a.rating), feedback[i]),
              ),
            )
          : null,
        slide.alternatives.some((a) => a.feedback) ? toggle : null,
      ),
    ),
  ];
}

function alternativeFeedback(a: SlideChoice): HTMLElement {
  const p = h('p', { class: 'crp-alt-feedback' }, a.feedback);
  p.hidden = true;
  return p;
}

function meters(list: readonly SlideMeter[]): HTMLElement {
  return h(
    'table',
    { class: 'crp-table crp-meters' },
    h('caption', null, t('viewer.presenter.meters')),
    h(
      'thead',
      null,
      h('tr', null, ...[t('viewer.presenter.meter'), t('viewer.presenter.before'), t('viewer.presenter.after')].map((x) => h('th', { attrs: { scope: 'col' } }, x))),
    ),
    h(
      'tbody',
      null,
      ...list.map((m) =>
        h(
          'tr',
          { class: m.after === m.before ? 'crp-same' : '' },
          h('th', { attrs: { scope: 'row' } }, m.label),
          h('td', { class: 'crp-num' }, String(m.before)),
          h(
            'td',
            { class: 'crp-num' },
            String(m.after),
            m.after === m.before
              ? null
              : h('span', { class: 'crp-delta' }, ` (${m.after > m.before ? '+' : ''}${m.after - m.before})`),
          ),
        ),
      ),
    ),
  );
}

function grid(
  head: readonly string[],
  rows: readonly { cells: readonly string[]; mood: string }[],
  empty: string,
): HTMLElement {
  if (rows.length === 0) return h('p', null, empty);
  return h(
    'table',
    { class: 'crp-table' },
    h('thead', null, h('tr', null, ...head.map((x) => h('th', { attrs: { scope: 'col' } }, x)))),
    h(
      'tbody',
      null,
      ...rows.map((r) =>
        h('tr', { class: r.mood ? `crp-row--${r.mood}` : '' }, ...r.cells.map((c) => h('td', null, c))),
      ),
    ),
  );
}
