/**
 * A real document under an inject's body (a log excerpt, a forged token's claims, a ransom note):
 * verbatim in monospace, line breaks and spacing kept, in a box that scrolls when it is long. The
 * text goes in as one text node, so a document full of angle brackets stays a document.
 */
import type { Artefact, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';

export function artefactView(artefact: Artefact, text: (value: Text) => string): HTMLElement {
  const label = text(artefact.label);
  return h(
    'figure',
    { class: 'artefact' },
    h('figcaption', { class: 'artefact__label' }, label),
    // Focusable and named, so a keyboard user can scroll it and a screen reader says what it is.
    h(
      'pre',
      { class: 'artefact__text', attrs: { tabindex: 0, role: 'region', 'aria-label': t('game.artefact.name', { label }) } },
      text(artefact.text),
    ),
  );
}
