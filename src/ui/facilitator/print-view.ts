/**
 * A printable view shown in place of the console (the role cards, the evaluation guide) rather
 * than in a new window, so the page's own stylesheet and Content-Security-Policy apply and no
 * markup is ever written out; printed with the browser's Print through print-view.css, black on
 * white. All scenario text goes in as text nodes.
 */
import { h } from '../dom/h.ts';
import './print-view.css';
import { t as ui } from '../lang/ui-language.ts';

export interface PrintView {
  readonly element: HTMLElement;
  /** Replaces the console with `content` under `title` and moves focus to the title. */
  show(title: string, ...content: readonly Node[]): void;
  hide(): void;
}

/**
 * The view; `headingId` names its region, `onClose` runs after it hides (the opener puts focus
 * back). Escape or Back to the console closes it.
 */
export function printView(headingId: string, onClose: () => void): PrintView {
  const heading = h('h1', { attrs: { id: headingId, tabindex: -1 } });
  const body = h('div', { class: 'print-view__body' });
  // On the document while shown, so Escape closes the view wherever focus is (a click on plain
  // text inside it leaves focus on the body).
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') hide();
  };
  const hide = (): void => {
    if (element.hidden) return;
    element.hidden = true;
    document.body.classList.remove('showing-print-view');
    document.removeEventListener('keydown', onKey);
    onClose();
  };
  const element = h(
    'section',
    {
      class: 'print-view',
      attrs: { 'aria-labelledby': headingId, hidden: true },
    },
    h(
      'div',
      { class: 'print-view__toolbar' },
      heading,
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          { class: 'btn', attrs: { type: 'button' }, on: { click: () => window.print() } },
          ui('console.print.print'),
        ),
        h(
          'button',
          { class: 'btn btn--secondary', attrs: { type: 'button' }, on: { click: hide } },
          ui('console.print.back'),
        ),
      ),
    ),
    body,
  );
  return {
    element,
    show(title, ...content) {
      heading.textContent = title;
      body.replaceChildren(...content);
      if (element.hidden) document.addEventListener('keydown', onKey);
      element.hidden = false;
      document.body.classList.add('showing-print-view');
      heading.focus();
    },
    hide,
  };
}

/**
 * The console button that opens a print view. Printing changes nothing in the session, so it
 * stays enabled in a read-only console and after the end (`data-always`).
 */
export function printButton(label: string, onClick: () => void): HTMLButtonElement {
  return h(
    'button',
    {
      class: 'btn btn--secondary',
      attrs: { type: 'button', 'data-always': 'on' },
      on: { click: onClick },
    },
    label,
  );
}
