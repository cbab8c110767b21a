/**
 * The facilitator's switch for the expert feedback on the projector: after each decision the room
 * sees the rating, the feedback and the references, or they wait for the debrief. This console
 * always shows them (the decision panel); the switch changes only what the room sees. The
 * projector owns the setting and keeps it with the session; this panel shows what it last said.
 */
import { h } from '../dom/h.ts';
import type { Panel, View } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

// Made on use, not on import: the words follow the page's language.
const feedbackOptions = () => [
  { reveal: true, label: ui('console.feedback.show') },
  { reveal: false, label: ui('console.feedback.keep') },
] as const;

export function feedbackSwitchPanel(): Panel {
  let current: View | null = null;
  const radios = feedbackOptions().map(({ reveal, label }) => {
    const id = `feedback-${reveal ? 'show' : 'keep'}`;
    const input = h('input', {
      attrs: { type: 'radio', name: 'feedback-reveal', id, value: String(reveal) },
      on: {
        change: () => {
          const view = current;
          if (!view) return;
          // On a refusal the radios go back to what the projector says; on success its snapshot confirms it.
          void view.send({ kind: 'feedback', reveal }).then((done) => done || sync(view));
        },
      },
    });
    return { reveal, input, row: h('div', { class: 'radio-row' }, input, h('label', { attrs: { for: id } }, label)) };
  });
  const note = h('p', { class: 'muted', attrs: { id: 'feedback-switch-note' } });
  const element = h(
    'section',
    { class: 'panel panel--feedback-switch', attrs: { 'aria-labelledby': 'feedback-switch-heading' } },
    h('h2', { attrs: { id: 'feedback-switch-heading' } }, ui('console.feedback.title')),
    h(
      'fieldset',
      { class: 'radio-group', attrs: { 'aria-labelledby': 'feedback-switch-heading', 'aria-describedby': 'feedback-switch-note' } },
      ...radios.map((radio) => radio.row),
    ),
    note,
  );

  function sync(view: View): void {
    const revealed = view.session.revealFeedback;
    for (const radio of radios) {
      radio.input.checked = revealed === radio.reveal;
      radio.input.disabled = !view.canAct || revealed === undefined;
    }
    note.textContent =
      revealed === undefined
        ? ui('console.feedback.noSwitch')
        : ui('console.feedback.hint');
  }

  return {
    element,
    update(view) {
      current = view;
      sync(view);
    },
  };
}
