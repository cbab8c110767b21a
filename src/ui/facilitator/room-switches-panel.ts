/**
 * The facilitator's switches for what the room sees (room-switches.ts): the expert feedback after
 * each decision (shown, or kept for the debrief) and the projector view. This console always
 * shows the feedback (the decision panel); the switches change only the game window. The
 * projector owns the settings and keeps them with the session; this panel shows what it last said.
 */
import { h } from '../dom/h.ts';
import type { Command } from '../sync/protocol.ts';
import type { Panel, View } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

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

// Made on use, not on import: the words follow the page's language.
const feedbackSwitch = (): RadioSwitch<boolean> => ({
  id: 'feedback-switch',
  title: ui('console.feedback.title'),
  options: [
    { value: true, id: 'feedback-show', label: ui('console.feedback.show') },
    { value: false, id: 'feedback-keep', label: ui('console.feedback.keep') },
  ],
  setting: (session) => session.revealFeedback,
  command: (reveal) => ({ kind: 'feedback', reveal }),
  note: ui('console.feedback.hint'),
  missing: ui('console.feedback.noSwitch'),
});

const displaySwitch = (): RadioSwitch<'projector' | 'standard'> => ({
  id: 'display-switch',
  title: ui('console.display.title'),
  options: [
    { value: 'projector', id: 'display-projector', label: ui('console.display.projector') },
    { value: 'standard', id: 'display-standard', label: ui('console.display.standard') },
  ],
  setting: (session) => session.display,
  command: (mode) => ({ kind: 'display', mode }),
  note: ui('console.display.hint'),
  missing: ui('console.display.noSwitch'),
});

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
  const switches = [radioSwitch(feedbackSwitch(), () => current), radioSwitch(displaySwitch(), () => current)];
  const element = h(
    'section',
    { class: 'panel panel--room-switches', attrs: { 'aria-labelledby': 'room-switches-heading' } },
    h('h2', { attrs: { id: 'room-switches-heading' } }, ui('console.switches.title')),
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
