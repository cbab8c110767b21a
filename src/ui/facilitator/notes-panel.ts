/**
 * Observer notes: typed here, recorded in the session log as `facilitator.note` against the
 * current beat and in-game time, so the debrief and every export carry them.
 */
import { formatGameTime } from '../../debrief/game-time.ts';
import { h } from '../dom/h.ts';
import { MAX_NOTE_LENGTH } from '../sync/protocol.ts';
import { observerNotes } from './derive.ts';
import { keyed, t, type Panel, type View } from './view.ts';
import { t as ui, translator, uiLang } from '../lang/ui-language.ts';

export function notesPanel(): Panel {
  let current: View | null = null;
  const input = h('textarea', {
    attrs: { id: 'observer-note', rows: 3, maxlength: MAX_NOTE_LENGTH, 'data-key': 'note-text' },
  });
  const add = h('button', { class: 'btn', attrs: { type: 'button' } }, ui('console.notes.add'));
  const list = h('ol', { class: 'notes', attrs: { 'aria-labelledby': 'notes-list-heading' } });
  const submit = (): void => {
    const text = input.value.trim();
    if (!current || text.length === 0) {
      input.focus();
      return;
    }
    // The text stays in the box until the projector has recorded it, so a refusal loses nothing.
    void current.send({ kind: 'note', text }).then((recorded) => {
      if (recorded && input.value.trim() === text) input.value = '';
    });
    input.focus();
  };
  add.addEventListener('click', submit);
  // Ctrl+Enter adds the note without leaving the keyboard; a plain Enter makes a new line.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });
  const element = h(
    'section',
    { class: 'panel panel--notes', attrs: { 'aria-labelledby': 'notes-heading' } },
    h('h2', { attrs: { id: 'notes-heading' } }, ui('console.notes.title')),
    h(
      'label',
      { attrs: { for: 'observer-note' } },
      ui('console.notes.label'),
    ),
    input,
    h(
      'div',
      { class: 'button-row' },
      add,
      h('span', { class: 'muted' }, ui('console.notes.hint')),
    ),
    h('h3', { attrs: { id: 'notes-list-heading' } }, ui('console.notes.list')),
    list,
  );
  return {
    element,
    update(view) {
      current = view;
      const notes = observerNotes(view.session.log);
      keyed(list, String(notes.length), () =>
        notes.length === 0
          ? [h('li', { class: 'muted' }, ui('console.notes.none'))]
          : [...notes].reverse().map((note) => {
              const beat = view.scenario.beats.find((candidate) => candidate.id === note.beat);
              const wall = new Date(note.wall).toLocaleTimeString(uiLang(), {
                hour: '2-digit',
                minute: '2-digit',
              });
              return h(
                'li',
                { class: 'note-entry' },
                h(
                  'p',
                  { class: 'muted' },
                  `${wall} · ${beat ? t(beat.title) : note.beat} · ${formatGameTime(view.scenario, note.time, translator())}`,
                ),
                h('p', null, note.text),
              );
            }),
      );
    },
  };
}
