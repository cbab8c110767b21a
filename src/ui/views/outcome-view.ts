/**
 * The two things a consequence screen says about the choice itself: the outcome story (what
 * happened because of it, in the scenario's words; always shown) and the expert's view (rating,
 * feedback, references), shown to the room only while the facilitator's switch says so. Both are
 * the variants the engine picked at the moment of the choice, read from the step's notices.
 */
import type { Notice } from '../../engine/types';
import { consequenceCaseIn, consequenceText, feedbackCaseIn, feedbackText } from '../../scenario/text-picks';
import type { Choice, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { ratingWord } from '../format';
import { t } from '../lang/ui-language';

/** The story under the choice's title, or null for a choice that tells none. */
export function outcomeStory(choice: Choice, notices: readonly Notice[], text: (value: Text) => string): HTMLElement | null {
  const story = consequenceText(choice, consequenceCaseIn(notices, choice.id));
  return story === undefined ? null : h('p', { class: 'consequence__story' }, text(story));
}

export interface ExpertView {
  readonly root: HTMLElement;
  /** Shows the expert's view, or the line saying it waits for the debrief. */
  show(revealed: boolean): void;
}

/**
 * The expert's view of `choice`, in a live region: when the facilitator flips the switch while
 * the room reads the screen, a screen reader hears the change too.
 */
export function expertView(choice: Choice, notices: readonly Notice[], text: (value: Text) => string): ExpertView {
  const body = h('div', { class: 'consequence__expert-body', attrs: { 'aria-live': 'polite' } });
  const root = h(
    'section',
    { class: 'consequence__expert', attrs: { 'aria-labelledby': 'expert-title' } },
    h('h2', { class: 'section-title', attrs: { id: 'expert-title' } }, t('game.expert.title')),
    body,
  );
  const revealedParts = (): HTMLElement[] => [
    h('p', null, h('span', { class: `rating rating--${choice.rating}` }, ratingWord(choice.rating))),
    h('p', { class: 'consequence__feedback' }, text(feedbackText(choice, feedbackCaseIn(notices, choice.id)))),
    ...(choice.references.length > 0 ? [h('p', { class: 'muted' }, t('game.expert.references', { references: choice.references.map(text).join('; ') }))] : []),
  ];
  let shown: boolean | null = null;
  return {
    root,
    show(revealed) {
      if (revealed === shown) return;
      shown = revealed;
      root.dataset.revealed = String(revealed);
      body.replaceChildren(...(revealed ? revealedParts() : [h('p', { class: 'muted' }, t('game.expert.kept'))]));
    },
  };
}
