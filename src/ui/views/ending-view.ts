/** The ending: its title, how it went, and the epilogue, before the debrief. */
import type { Ending, Text } from '../../scenario/types';
import { epilogueText } from '../../scenario/text-picks';
import { button, h } from '../dom/h';
import { paragraphs } from './briefing-view';
import { t } from '../lang/ui-language';


/** `epilogueCase`: the conditional epilogue the engine picked when the ending was reached. */
export function endingView(ending: Ending | null, text: (value: Text) => string, onContinue: () => void, epilogueCase?: number): HTMLElement {
  return h(
    'div',
    { class: 'screen screen--center ending' },
    h(
      'article',
      { class: `panel ending__panel ending--${ending?.tone ?? 'ended'}`, attrs: { 'aria-labelledby': 'ending-title' } },
      h('p', { class: 'eyebrow' }, ending ? t(`game.ending.${ending.tone}`) : t('game.ending.byFacilitator')),
      h('h1', { attrs: { id: 'ending-title' } }, ending ? text(ending.title) : t('game.ending.ended')),
      ...(ending ? paragraphs(text(epilogueText(ending, epilogueCase))) : [h('p', null, t('game.ending.closedEarly'))]),
      h('div', { class: 'button-row button-row--end' }, button(t('game.ending.continue'), onContinue, { class: 'btn btn--primary btn--large' })),
    ),
  );
}
