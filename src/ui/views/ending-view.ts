/** The ending: its title, how it went, and the epilogue, before the debrief. */
import type { Ending, Text } from '../../scenario/types';
import { epilogueText } from '../../scenario/text-picks';
import { button, h } from '../dom/h';
import { paragraphs } from './briefing-view';

const TONES: Readonly<Record<Ending['tone'], string>> = {
  best: 'The best outcome',
  good: 'A good outcome',
  mixed: 'A mixed outcome',
  poor: 'A poor outcome',
  worst: 'The worst outcome',
};

/** `epilogueCase`: the conditional epilogue the engine picked when the ending was reached. */
export function endingView(ending: Ending | null, text: (value: Text) => string, onContinue: () => void, epilogueCase?: number): HTMLElement {
  return h(
    'div',
    { class: 'screen screen--center ending' },
    h(
      'article',
      { class: `panel ending__panel ending--${ending?.tone ?? 'ended'}`, attrs: { 'aria-labelledby': 'ending-title' } },
      h('p', { class: 'eyebrow' }, ending ? TONES[ending.tone] : 'Exercise ended by the facilitator'),
      h('h1', { attrs: { id: 'ending-title' } }, ending ? text(ending.title) : 'The exercise has ended'),
      ...(ending ? paragraphs(text(epilogueText(ending, epilogueCase))) : [h('p', null, 'The facilitator closed the exercise before an ending was reached.')]),
      h('div', { class: 'button-row button-row--end' }, button('Continue', onContinue, { class: 'btn btn--primary btn--large' })),
    ),
  );
}
