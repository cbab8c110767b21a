/**
 * The menu's list of stored sessions (issue #16, points 4 and 5): each with its team, scenario,
 * dates and progress, to resume or delete (after a confirmation); a save that cannot be resumed is
 * listed with why, to download or discard.
 */
import type { BadSave, PendingResume } from '../app-context';
import { button, h } from '../dom/h';
import { downloadText } from '../save-store';

export interface SavedSessionsOptions {
  readonly saves: readonly PendingResume[];
  readonly bad: readonly BadSave[];
  readonly onResume: (save: PendingResume) => void;
  /** Deletes a stored session (confirmed here first) or a bad save. */
  readonly onDelete: (slot: string) => void;
}

export function savedSessionsView(options: SavedSessionsOptions): HTMLElement | null {
  if (options.saves.length === 0 && options.bad.length === 0) return null;
  return h(
    'section',
    { class: 'banner banner--info resume saved-sessions', attrs: { 'aria-labelledby': 'resume-title' } },
    h('h2', { class: 'section-title', attrs: { id: 'resume-title' } }, options.saves.length + options.bad.length === 1 ? 'Saved exercise' : 'Saved exercises'),
    h('ul', { class: 'saved-sessions__list' }, ...options.bad.map((bad) => badRow(bad, options)), ...options.saves.map((save) => sessionRow(save, options))),
  );
}

/** "Team Blue · Tutorial: in progress at "The forensics report" (2 decisions) · started 2 Dec 14:03, last saved 14:20". */
export function describeSession(save: PendingResume): string {
  const who = save.team ? `Team ${save.team}` : 'No team name';
  const progress = `${save.decisions} decision${save.decisions === 1 ? '' : 's'}`;
  const where = save.finished ? `finished (${progress}); the debrief is ready` : save.beatTitle ? `in progress at \u201c${save.beatTitle}\u201d (${progress})` : `in progress (${progress})`;
  const started = save.startedAt ? `started ${new Date(save.startedAt).toLocaleString()}` : null;
  const saved = save.savedAt ? `last saved ${new Date(save.savedAt).toLocaleString()}` : null;
  const when = [started, saved].filter(Boolean).join(', ');
  return `${who} \u00b7 ${save.title}: ${where}${when ? ` \u00b7 ${when}` : ''}.`;
}

function sessionRow(save: PendingResume, options: SavedSessionsOptions): HTMLElement {
  const name = `${save.title}${save.team ? `, team ${save.team}` : ''}`;
  const actions = h('div', { class: 'button-row' });
  const row = h('li', { class: 'saved-sessions__item', attrs: { 'aria-label': name } }, h('p', null, describeSession(save)), actions);
  const normal = (): void => {
    actions.replaceChildren(
      button(save.finished ? 'Open the debrief' : 'Resume', () => options.onResume(save), { class: 'btn btn--primary btn--small', label: `${save.finished ? 'Open the debrief of' : 'Resume'} ${name}` }),
      button('Delete\u2026', confirm, { class: 'btn btn--quiet btn--small', label: `Delete ${name}` }),
    );
  };
  // Deleting loses the session for good: say so and ask first.
  const confirm = (): void => {
    const keep = button('Keep it', () => {
      normal();
      actions.querySelector('button')?.focus();
    }, { class: 'btn btn--small' });
    actions.replaceChildren(
      h('p', { attrs: { role: 'alert' } }, save.finished ? 'Delete this session and its debrief for good?' : 'Delete this session for good? It cannot be resumed afterwards.'),
      button('Delete for good', () => options.onDelete(save.slot), { class: 'btn btn--danger btn--small', label: `Delete ${name} for good` }),
      keep,
    );
    keep.focus();
  };
  normal();
  return row;
}

function badRow(bad: BadSave, options: SavedSessionsOptions): HTMLElement {
  const download = bad.message.download;
  return h(
    'li',
    { class: 'saved-sessions__item saved-sessions__item--bad', attrs: { 'aria-label': 'A save that cannot be resumed' } },
    h('p', { attrs: { role: 'alert' } }, bad.message.text),
    h(
      'div',
      { class: 'button-row' },
      download && button(`Download the save (${download.fileName})`, () => downloadText(download.fileName, download.text), { class: 'btn btn--small' }),
      button('Discard it', () => options.onDelete(bad.slot), { class: 'btn btn--quiet btn--small', label: 'Discard the save that cannot be resumed' }),
    ),
  );
}
