/**
 * The menu's list of stored sessions (issue #16, points 4 and 5): each with its team, scenario,
 * dates and progress, to resume or delete (after a confirmation); a save that cannot be resumed is
 * listed with why, to download or discard.
 */
import type { BadSave, PendingResume } from '../app-context';
import { button, h } from '../dom/h';
import { downloadText } from '../save-store';
import { t, uiLang } from '../lang/ui-language';

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
    h('h2', { class: 'section-title', attrs: { id: 'resume-title' } }, options.saves.length + options.bad.length === 1 ? t('game.saved.one') : t('game.saved.many')),
    h('ul', { class: 'saved-sessions__list' }, ...options.bad.map((bad) => badRow(bad, options)), ...options.saves.map((save) => sessionRow(save, options))),
  );
}

/** "Team Blue · Tutorial: in progress at "The forensics report" (2 decisions) · started 2 Dec 14:03, last saved 14:20". */
export function describeSession(save: PendingResume): string {
  const who = save.team ? t('game.saved.team', { team: save.team }) : t('game.saved.noTeam');
  const progress = t('game.saved.decisions', { count: save.decisions });
  const where = save.finished ? t('game.saved.finished', { progress }) : save.beatTitle ? t('game.saved.at', { beat: save.beatTitle, progress }) : t('game.saved.inProgress', { progress });
  const local = (at: number | string): string => new Date(at).toLocaleString(uiLang());
  const started = save.startedAt ? t('game.saved.started', { when: local(save.startedAt) }) : null;
  const saved = save.savedAt ? t('game.saved.lastSaved', { when: local(save.savedAt) }) : null;
  const when = [started, saved].filter(Boolean).join(', ');
  return when ? t('game.saved.lineWhen', { who, title: save.title, where, when }) : t('game.saved.line', { who, title: save.title, where });
}

function sessionRow(save: PendingResume, options: SavedSessionsOptions): HTMLElement {
  const name = save.team ? t('game.saved.nameTeam', { title: save.title, team: save.team }) : save.title;
  const actions = h('div', { class: 'button-row' });
  const row = h('li', { class: 'saved-sessions__item', attrs: { 'aria-label': name } }, h('p', null, describeSession(save)), actions);
  const normal = (): void => {
    actions.replaceChildren(
      button(save.finished ? t('game.saved.openDebrief') : t('game.saved.resume'), () => options.onResume(save), { class: 'btn btn--primary btn--small', label: save.finished ? t('game.saved.openDebriefOf', { name }) : t('game.saved.resumeNamed', { name }) }),
      button(t('game.saved.delete'), confirm, { class: 'btn btn--quiet btn--small', label: t('game.saved.deleteNamed', { name }) }),
    );
  };
  // Deleting loses the session for good: say so and ask first.
  const confirm = (): void => {
    const keep = button(t('game.saved.keep'), () => {
      normal();
      actions.querySelector('button')?.focus();
    }, { class: 'btn btn--small' });
    actions.replaceChildren(
      h('p', { attrs: { role: 'alert' } }, save.finished ? t('game.saved.confirmFinished') : t('game.saved.confirm')),
      button(t('game.saved.deleteForGood'), () => options.onDelete(save.slot), { class: 'btn btn--danger btn--small', label: t('game.saved.deleteForGoodNamed', { name }) }),
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
    { class: 'saved-sessions__item saved-sessions__item--bad', attrs: { 'aria-label': t('game.saved.badLabel') } },
    h('p', { attrs: { role: 'alert' } }, bad.message.text),
    h(
      'div',
      { class: 'button-row' },
      download && button(t('game.saved.downloadSave', { file: download.fileName }), () => downloadText(download.fileName, download.text), { class: 'btn btn--small' }),
      button(t('game.saved.discard'), () => options.onDelete(bad.slot), { class: 'btn btn--quiet btn--small', label: t('game.saved.discardLabel') }),
    ),
  );
}
