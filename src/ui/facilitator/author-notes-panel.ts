/**
 * The author's notes in the console: the facts taken from public reports with their sources, the
 * invented elements, and where real time is compressed, so the facilitator can answer "is that
 * real?" without leaving the room. Hidden when the scenario has none.
 */
import type { AuthorNotes } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { keyed, shownLanguage, t, type Panel } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

/**
 * The three lists, each folded under a summary with its count. A source is a citation in the
 * console's language where the scenario gives one; one left in another language (an English-only
 * scenario's) is marked so (`lang`), for screen readers.
 */
export function authorNotesParts(notes: AuthorNotes, sourceLang: string): HTMLElement[] {
  const part = (title: string, items: readonly HTMLElement[]) =>
    h(
      'details',
      { class: 'author-notes__part' },
      h('summary', null, ui('console.authorNotes.part', { title, count: items.length })),
      items.length === 0
        ? h('p', { class: 'muted' }, ui('console.authorNotes.noneListed'))
        : h('ul', null, ...items),
    );
  return [
    part(
      ui('console.authorNotes.public'),
      notes.sources.map((s) =>
        h('li', null, t(s.fact), ' \u2014 ', h('span', { class: 'muted', attrs: { lang: shownLanguage(s.source, sourceLang) } }, t(s.source))),
      ),
    ),
    part(ui('console.authorNotes.invented'), notes.invented.map((x) => h('li', null, t(x)))),
    part(ui('console.authorNotes.compressed'), notes.compressed.map((x) => h('li', null, t(x)))),
  ];
}

export function authorNotesPanel(): Panel {
  const body = h('div');
  const element = h(
    'section',
    { class: 'panel panel--author-notes', attrs: { 'aria-labelledby': 'author-notes-heading', hidden: true } },
    h('h2', { attrs: { id: 'author-notes-heading' } }, ui('console.authorNotes.title')),
    body,
  );
  return {
    element,
    update({ scenario }) {
      const notes = scenario.authorNotes;
      element.hidden = notes === undefined;
      if (notes !== undefined) keyed(body, scenario.hash, () => authorNotesParts(notes, scenario.languages[0] ?? 'en'));
    },
  };
}
