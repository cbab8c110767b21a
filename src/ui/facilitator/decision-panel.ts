/**
 * The decision in front of the room, with what players never see: each choice's rating, the
 * expert feedback and its references. A button per choice records the room's choice, exactly as
 * if it had been clicked on the projector.
 */
import { orderChoices } from '../../engine/index.ts';
import type { Choice } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { ratingWord } from '../format.ts';
import { t as ui } from '../lang/ui-language.ts';
import { keyed, t, type Panel, type View } from './view.ts';

export function decisionPanel(): Panel {
  const prompt = h('p', { class: 'prompt', attrs: { id: 'decision-prompt' } });
  const choices = h('div', { class: 'choices' });
  const element = h(
    'section',
    { class: 'panel panel--decision', attrs: { 'aria-labelledby': 'decision-heading' } },
    h('h2', { attrs: { id: 'decision-heading' } }, ui('console.decision.title')),
    prompt,
    choices,
  );

  return {
    element,
    update(view) {
      const { scenario, session, rules } = view;
      const state = session.state;
      const beat = scenario.beats.find((candidate) => candidate.id === state.beat);
      const available = new Set(rules.available(state).map((choice) => choice.id));
      const ending = scenario.endings.find((candidate) => candidate.id === state.ending);
      if (session.finished) {
        prompt.textContent = ending
          ? ui('console.decision.ended', { ending: t(ending.title) })
          : // Issue #16, point 9: the console says the run is incomplete before the debrief does.
            ui('console.decision.endedEarly');
      } else if (beat?.decision) {
        prompt.textContent = t(beat.decision.prompt);
      } else {
        prompt.textContent = ui('console.decision.none');
      }
      // The projector's order (the session's seed), so "number 3" means the same card in both rooms.
      const shown = orderChoices(beat?.decision, state, session.seed);
      const key = JSON.stringify([
        state.beat,
        session.finished,
        [...available],
        state.chosen.length,
        shown.map((choice) => choice.id),
      ]);
      keyed(choices, key, () => {
        if (session.finished) return [];
        if (!beat?.decision) {
          const next = beat?.next
            ? scenario.beats.find((candidate) => candidate.id === beat.next)
            : undefined;
          // A trigger may send the room elsewhere, so the destination is a hint, not a promise.
          return [
            next
              ? h(
                  'p',
                  { class: 'muted' },
                  ui('console.decision.next', { beat: t(next.title) }),
                )
              : null,
            h(
              'button',
              {
                class: 'btn',
                attrs: { type: 'button', 'data-key': 'continue' },
                on: { click: () => void view.send({ kind: 'continue' }) },
              },
              ui('console.decision.continue'),
            ),
          ].filter((node) => node !== null);
        }
        // Numbered as the projector numbers them: the available choices only, in shown order.
        let number = 0;
        return shown.map((choice) =>
          choiceCard(
            view,
            choice,
            available.has(choice.id) ? ++number : null,
            beat.decision?.defaultChoice === choice.id,
          ),
        );
      });
    },
  };
}

function choiceCard(
  view: View,
  choice: Choice,
  /** The number key the projector shows for it; null when it is not available now. */
  number: number | null,
  isDefault: boolean,
): HTMLElement {
  const available = number !== null;
  const category = view.scenario.categories.find((candidate) => candidate.id === choice.category);
  const label = t(choice.label);
  const headingId = `choice-${choice.id}`;
  return h(
    'article',
    {
      class: `choice choice--${choice.rating}${available ? '' : ' choice--unavailable'}`,
      attrs: { 'aria-labelledby': headingId },
    },
    h(
      'div',
      { class: 'choice-head' },
      h('span', { class: 'choice-number', attrs: { 'aria-hidden': 'true' } }, number === null ? '\u2013' : String(number)),
      h('h3', { attrs: { id: headingId } }, label),
    ),
    h(
      'p',
      { class: 'choice-tags' },
      h('span', { class: `rating rating--${choice.rating}` }, ratingWord(choice.rating)),
      h('span', { class: 'tag' }, category ? t(category.label) : choice.category),
      choice.strategy ? h('span', { class: 'tag' }, ui('console.decision.scct', { strategy: ui(`console.decision.strategy.${choice.strategy}`) })) : null,
      isDefault ? h('span', { class: 'tag' }, ui('console.decision.default')) : null,
      available
        ? null
        : h(
            'span',
            { class: 'tag tag--warn' },
            ui('console.decision.unavailable', { condition: choice.condition?.source ?? '' }),
          ),
    ),
    choice.description ? h('p', { class: 'muted' }, t(choice.description)) : null,
    // The story the room will read if this is chosen (the projector shows it after the choice).
    choice.consequence === undefined
      ? null
      : h('p', { class: 'story' }, h('span', { class: 'story-label' }, ui('console.decision.then')), t(choice.consequence)),
    variantList(choice.consequenceCases, ui('console.decision.storyCases')),
    h(
      'p',
      { class: 'feedback' },
      h('span', { class: 'visually-hidden' }, ui('console.decision.feedback')),
      t(choice.feedback),
    ),
    variantList(choice.feedbackCases, ui('console.decision.feedbackCases')),
    choice.references.length > 0
      ? h('p', { class: 'references muted' }, ui('console.decision.references', { references: choice.references.map(t).join('; ') }))
      : null,
    h(
      'button',
      {
        class: 'btn btn--record',
        attrs: {
          type: 'button',
          'data-key': `choose:${choice.id}`,
          'data-blocked': available ? 'false' : 'true',
          'aria-label': ui('console.decision.recordLabel', { label }),
          disabled: !available || !view.canAct,
        },
        on: { click: () => void view.send({ kind: 'choose', choice: choice.id }) },
      },
      ui('console.decision.record'),
    ),
  );
}

/**
 * A text's variants as the engine may pick them after the outcome: the facilitator sees every
 * one, with its condition (null for a plain text).
 */
function variantList(cases: Choice['feedbackCases'], label: string): HTMLElement | null {
  return cases
    ? h('ul', { class: 'feedback-variants muted', attrs: { 'aria-label': label } }, ...cases.map((item) => h('li', null, ui('console.decision.when', { condition: item.when.source, text: t(item.text) }))))
    : null;
}
