/**
 * One inject shown large, for the back of the room (issue #16, To build 1): the card again, in a
 * modal <dialog> that fills most of the screen. Escape or Close shuts it and the focus goes back
 * to the button that opened it, so a keyboard user carries on where they were.
 */
import { button, h } from '../dom/h';
import { t } from '../lang/ui-language';
import { injectCard, type InjectCardOptions } from './inject-card';

export function showInjectDialog(options: Omit<InjectCardOptions, 'onEnlarge'>, opener: HTMLElement): void {
  const card = injectCard({ ...options, level: 'h3' });
  card.classList.add('inject--large');
  const title = card.getAttribute('aria-label') ?? t('game.injectDialog.fallbackTitle');
  const close = button(t('game.injectDialog.close'), () => dialog.close(), { class: 'btn btn--primary', label: t('game.injectDialog.closeLabel') });
  const dialog = h(
    'dialog',
    { class: 'inject-dialog', attrs: { 'aria-label': title } },
    h('div', { class: 'inject-dialog__bar' }, h('p', { class: 'eyebrow' }, t('game.injectDialog.eyebrow')), close),
    card,
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener.isConnected) opener.focus();
  });
  // A click on the backdrop (outside the card) closes it too, as on any lightbox.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}
