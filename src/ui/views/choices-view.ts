/**
 * The decision: its prompt and one real button per available choice, in a group named "Choices".
 * Each button shows its number key and its move category. A number key only selects its choice;
 * Enter confirms it, so one stray key in a busy room commits nothing (issue #16, To build 1).
 */
import type { Choice, Scenario, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { categoryClass, categoryLabel } from '../format';
import { t } from '../lang/ui-language';
import { keepChoicesFitted } from './choice-details';

export interface ChoicesViewOptions {
  readonly scenario: Scenario;
  readonly prompt: string;
  readonly choices: readonly Choice[];
  readonly text: (value: Text) => string;
  readonly onChoose: (choice: Choice) => void;
}

export interface ChoicesView {
  readonly root: HTMLElement;
  readonly buttons: HTMLButtonElement[];
  /** Says which choice a number key selected and how to confirm it (a polite status line). */
  readonly confirm: HTMLElement;
}

export function choicesView(options: ChoicesViewOptions): ChoicesView {
  const { scenario, text } = options;
  const buttons: HTMLButtonElement[] = [];
  const cards = options.choices.map((choice, index) => {
    const category = categoryLabel(scenario, choice.category, text);
    const kind = categoryClass(scenario, choice.category);
    const label = text(choice.label);
    const descriptionId = `choice-${choice.id}-description`;
    const description = choice.description ? text(choice.description) : '';
    // The button's name is exactly what it shows, its category then its label ("Disclosure",
    // "Publish ..."); the description sits beside it and describes it. The button stretches over
    // the whole card (CSS), so the card is what the mouse clicks.
    const button = h(
      'button',
      {
        class: 'choice__button',
        attrs: {
          type: 'button',
          'data-choice': choice.id,
          'aria-describedby': description ? descriptionId : undefined,
          'aria-keyshortcuts': index < 9 ? String(index + 1) : undefined,
        },
        on: { click: () => options.onChoose(choice) },
      },
      h('span', { class: `choice__category category ${kind}` }, category),
      h('span', { class: 'choice__label' }, label),
    );
    buttons.push(button);
    return h(
      'div',
      { class: `choice choice--${kind.replace('category--', '')}` },
      h('span', { class: 'choice__key', attrs: { 'aria-hidden': 'true' } }, index < 9 ? String(index + 1) : ''),
      h('div', { class: 'choice__text' }, button, description && h('span', { class: 'choice__description', attrs: { id: descriptionId } }, description)),
    );
  });
  const confirm = h('p', { class: 'decision__confirm', attrs: { role: 'status' } });
  // Shown in projector view only (choice-details.ts), where the descriptions may fold.
  const details = h(
    'button',
    { class: 'btn btn--quiet btn--small decision__details', attrs: { type: 'button', 'aria-expanded': 'true', 'aria-controls': 'decision-choices' } },
    t('game.choices.details'),
  );
  const root = h(
    'section',
    { class: 'decision', attrs: { 'aria-labelledby': 'decision-prompt', 'data-details': 'shown' } },
    h('h2', { class: 'decision__prompt', attrs: { id: 'decision-prompt' } }, options.prompt),
    h(
      'div',
      { class: 'decision__bar' },
      // One of the two shows: keys on a keyboard, taps on a touch screen (styles/phone.css).
      h(
        'p',
        { class: 'decision__hint muted' },
        h('span', { class: 'hint--keys' }, t('game.choices.hintKeys')),
        h('span', { class: 'hint--touch' }, t('game.choices.hintTouch')),
      ),
      details,
    ),
    h('div', { class: 'choices', attrs: { id: 'decision-choices', role: 'group', 'aria-label': t('game.choices.group') } }, ...cards),
    confirm,
  );
  keepChoicesFitted(root, details);
  return { root, buttons, confirm };
}

/**
 * Number keys 1 to 9 select the matching choice: it takes the focus, is marked, and the status
 * line says to press Enter (which presses the focused button) or Escape. Nothing is sent until
 * then; unless the user is typing somewhere.
 */
export function bindNumberKeys(buttons: () => readonly HTMLButtonElement[], confirm: HTMLElement): () => void {
  let armed: HTMLButtonElement | null = null;
  const disarm = (): void => {
    armed?.closest('.choice')?.removeAttribute('data-armed');
    armed?.removeEventListener('blur', disarm);
    armed = null;
    confirm.textContent = '';
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, dialog, [contenteditable="true"]')) return;
    if (event.key === 'Escape' && armed) {
      event.preventDefault();
      const prompt = document.getElementById('decision-prompt');
      disarm();
      if (prompt) {
        prompt.tabIndex = -1;
        prompt.focus();
      }
      return;
    }
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : NaN;
    const button = buttons()[digit - 1];
    if (!button || button.disabled) return;
    event.preventDefault();
    disarm();
    armed = button;
    button.closest('.choice')?.setAttribute('data-armed', '');
    button.focus();
    button.addEventListener('blur', disarm);
    const label = button.querySelector('.choice__label')?.textContent ?? button.textContent ?? '';
    confirm.textContent = t('game.choices.selected', { digit, label });
  };
  window.addEventListener('keydown', onKey);
  return () => {
    disarm();
    window.removeEventListener('keydown', onKey);
  };
}
