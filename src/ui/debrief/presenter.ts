/**
 * Presenter mode: the debrief walked through slide by slide on a projector. A modal <dialog> over
 * the report (so everything behind it is inert and Escape returns to the report), driven by the
 * keys a presentation clicker sends.
 */
import './presenter.css';
import { buildSlides, type DebriefReport } from '../../debrief/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';
import { slideElement } from './presenter-slides';

/**
 * Left/Right and Page Up/Down turn the slide, Home/End go to the first or last. Up and Down are
 * left alone: they scroll a slide that overflows a small projector.
 */
const MOVES: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowRight: (at, last) => Math.min(last, at + 1),
  PageDown: (at, last) => Math.min(last, at + 1),
  ArrowLeft: (at) => Math.max(0, at - 1),
  PageUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_at, last) => last,
};

/** Opens the presenter on `report`; focus returns to `opener` when it closes. */
export function openPresenter(report: DebriefReport, opener: HTMLElement | null): HTMLDialogElement {
  const deck = buildSlides(report, reportTranslator());
  const last = deck.slides.length - 1;
  let at = 0;

  const stage = h('div', { class: 'crp-stage' });
  const counter = h('p', { class: 'crp-counter', attrs: { 'aria-hidden': 'true' } });
  const live = h('p', { class: 'crp-live crd-visually-hidden', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const prev = h('button', { class: 'crp-btn', attrs: { type: 'button' }, on: { click: () => go(at - 1) } }, '\u2190 Previous');
  const next = h('button', { class: 'crp-btn', attrs: { type: 'button' }, on: { click: () => go(at + 1) } }, 'Next \u2192');
  const dialog = h(
    'dialog',
    { class: 'crp', attrs: { 'aria-label': `Presenting the debrief: ${deck.title}`, lang: report.lang } },
    stage,
    h(
      'div',
      { class: 'crp-controls', attrs: { role: 'group', 'aria-label': t('viewer.presenter.slides') } },
      h(
        'button',
        { class: 'crp-btn crp-btn--quiet', attrs: { type: 'button' }, on: { click: () => dialog.close() } },
        t('viewer.presenter.back'),
      ),
      prev,
      counter,
      next,
      h('p', { class: 'crp-keys crp-muted' }, '\u2190 \u2192, Page Up/Down, Home, End'),
    ),
    live,
  );

  function go(target: number): void {
    const to = Math.max(0, Math.min(last, target));
    const slide = deck.slides[to];
    if (!slide) return;
    const hadFocus = stage.contains(document.activeElement);
    at = to;
    const element = slideElement(slide, deck.incomplete);
    stage.replaceChildren(element);
    counter.textContent = `${to + 1} / ${deck.slides.length}`;
    live.textContent = `Slide ${to + 1} of ${deck.slides.length}: ${slide.heading}`;
    prev.disabled = to === 0;
    next.disabled = to === last;
    // A removed slide takes focus with it; keep the reader in the slides rather than on <body>.
    if (hadFocus || !dialog.contains(document.activeElement)) element.focus({ preventScroll: true });
  }

  dialog.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // The room's own keys (number keys, Escape) must not reach the game behind the dialog.
    event.stopPropagation();
    go(move(at, last));
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  go(0);
  dialog.showModal();
  // Reading starts at the slide (its heading names it), not at the first button.
  stage.querySelector<HTMLElement>('.crp-slide')?.focus();
  return dialog;
}
