/**
 * The decision: its prompt and one real button per available choice, in a group named "Choices".
 * Each button shows its number key and its move category.
 */
import type { Choice, Scenario, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { categoryClass, categoryLabel } from '../format';

export interface ChoicesViewOptions {
  readonly scenario: Scenario;
  readonly prompt: string;
  readonly choices: readonly Choice[];
  readonly text: (value: Text) => string;
  readonly onChoose: (choice: Choice) => void;
}

export function choicesView(options: ChoicesViewOptions): { root: HTMLElement; buttons: HTMLButtonElement[] } {
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
  const root = h(
    'section',
    { class: 'decision', attrs: { 'aria-labelledby': 'decision-prompt' } },
    h('h2', { class: 'decision__prompt', attrs: { id: 'decision-prompt' } }, options.prompt),
    h('p', { class: 'decision__hint muted' }, 'Discuss, then choose. Number keys pick a choice.'),
    h('div', { class: 'choices', attrs: { role: 'group', 'aria-label': 'Choices' } }, ...cards),
  );
  return { root, buttons };
}

/** Number keys 1 to 9 press the matching choice, unless the user is typing somewhere. */
export function bindNumberKeys(buttons: () => readonly HTMLButtonElement[]): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : NaN;
    const button = buttons()[digit - 1];
    if (!button || button.disabled) return;
    event.preventDefault();
    button.click();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
