/**
 * The facilitator's switches for what the room sees (room-switches.ts): the expert feedback after
 * each decision (shown, or kept for the debrief) and the projector view. This console always
 * shows the feedback (the decision panel); the switches change only the game window. The
 * projector owns the settings and keeps them with the session; this panel shows what it last said.
 */
import { h } from '../dom/h.ts';
import type { Command } from '../sync/protocol.ts';
import type { Panel, View } from './view.ts';

interface SwitchOption<T> {
  readonly value: T;
  readonly id: string;
  readonly label: string;
}

/** One switch: a fieldset of radios that sends `command(value)` and shows the projector's setting. */
interface RadioSwitch<T> {
  readonly id: string;
  readonly title: string;
  readonly options: readonly SwitchOption<T>[];
  readonly setting: (session: View['session']) => T | undefined;
  readonly command: (value: T) => Command;
  readonly note: string;
  readonly missing: string;
}

const FEEDBACK: RadioSwitch<boolean> = {
  id: 'feedback-switch',
  title: 'Expert feedback on the projector',
  options: [
    { value: true, id: 'feedback-show', label: 'Show it to the room after each decision' },
    { value: false, id: 'feedback-keep', label: 'Keep it for the debrief' },
  ],
  setting: (session) => session.revealFeedback,
  command: (reveal) => ({ kind: 'feedback', reveal }),
  note: 'The rating, the feedback and the references of the room\u2019s choice. This console always shows them; the debrief always does too.',
  missing: 'This game window has no feedback switch.',
};

const DISPLAY: RadioSwitch<'projector' | 'standard'> = {
  id: 'display-switch',
  title: 'Game window view',
  options: [
    { value: 'projector', id: 'display-projector', label: 'Projector view: large type for the back of the room' },
    { value: 'standard', id: 'display-standard', label: 'Standard view: a laptop or a screen nearby' },
  ],
  setting: (session) => session.display,
  command: (mode) => ({ kind: 'display', mode }),
  note: 'Kept with the session: it comes back when the exercise is resumed.',
  missing: 'This game window has no projector view.',
};

function radioSwitch<T>(spec: RadioSwitch<T>, current: () => View | null): { element: HTMLElement; sync: (view: View) => void } {
  const heading = `${spec.id}-heading`;
  const noteId = `${spec.id}-note`;
  const radios = spec.options.map((option) => {
    const input = h('input', {
      attrs: { type: 'radio', name: spec.id, id: option.id, value: String(option.value) },
      on: {
        change: () => {
          const view = current();
          if (!view) return;
          // On a refusal the radios go back to what the projector says; on success its snapshot confirms it.
          void view.send(spec.command(option.value)).then((done) => done || sync(view));
        },
      },
    });
    return { value: option.value, input, row: h('div', { class: 'radio-row' }, input, h('label', { attrs: { for: option.id } }, option.label)) };
  });
  const note = h('p', { class: 'muted', attrs: { id: noteId } });
  const element = h(
    'div',
    { class: 'switch' },
    h('h3', { attrs: { id: heading } }, spec.title),
    h('fieldset', { class: 'radio-group', attrs: { 'aria-labelledby': heading, 'aria-describedby': noteId } }, ...radios.map((radio) => radio.row)),
    note,
  );
  function sync(view: View): void {
    const setting = spec.setting(view.session);
    for (const radio of radios) {
      radio.input.checked = setting === radio.value;
      radio.input.disabled = !view.canAct || setting === undefined;
    }
    note.textContent = setting === undefined ? spec.missing : spec.note;
  }
  return { element, sync };
}

export function roomSwitchesPanel(): Panel {
  let current: View | null = null;
  const switches = [radioSwitch(FEEDBACK, () => current), radioSwitch(DISPLAY, () => current)];
  const element = h(
    'section',
    { class: 'panel panel--room-switches', attrs: { 'aria-labelledby': 'room-switches-heading' } },
    h('h2', { attrs: { id: 'room-switches-heading' } }, 'What the room sees'),
    ...switches.map((item) => item.element),
  );
  return {
    element,
    update(view) {
      current = view;
      for (const item of switches) item.sync(view);
    },
  };
}
