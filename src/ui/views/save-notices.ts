/**
 * The lasting notices about the save, outside the screens so no screen change hides them:
 * - storage refused the save (full): a banner with "Download save" that stays until a save
 *   succeeds again; the session itself lives on in memory (issue #17, point 12);
 * - another window took this exercise over: a blocking notice, because this window no longer
 *   saves and anything done here would be lost (issue #17, point 13).
 */
import type { SaveFile } from '../../engine/types';
import type { Play } from '../app-context';
import { button, h } from '../dom/h';
import { t } from '../lang/ui-language';
import { downloadText } from '../save-store';
import { sessionFileName } from '../session-file-name';

export interface SaveNotices {
  /** The last save succeeded: the storage banner goes. */
  saved(): void;
  /** Storage refused this save: the banner stays, offering it for download. */
  unsaved(file: SaveFile): void;
  /** Another window runs this exercise now: block this one. */
  superseded(): void;
}

export function saveNotices(play: () => Play | null): SaveNotices {
  let banner: HTMLElement | null = null;
  const download = (): void => {
    const current = play();
    if (!current) return;
    const file = current.session.save();
    downloadText(sessionFileName(current.scenario.meta.id, current.session.team, file.log[0]?.wall ?? file.savedAt), JSON.stringify(file, null, 2));
  };
  return {
    saved() {
      banner?.remove();
      banner = null;
    },
    unsaved() {
      if (banner) return;
      banner = h(
        'div',
        { class: 'save-notice banner banner--warning', attrs: { role: 'alert' } },
        h('p', null, t('game.saveNotice.full')),
        button(t('game.saveNotice.download'), download, { class: 'btn btn--small' }),
      );
      document.body.append(banner);
    },
    superseded() {
      document.getElementById('ui')?.setAttribute('inert', '');
      const reload = button(t('game.saveNotice.reload'), () => window.location.reload(), { class: 'btn btn--primary' });
      const dialog = h(
        'div',
        { class: 'save-blocker', attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'blocker-title', 'aria-describedby': 'blocker-text' } },
        h(
          'div',
          { class: 'save-blocker__box panel' },
          h('h2', { attrs: { id: 'blocker-title' } }, t('game.saveNotice.blockerTitle')),
          h('p', { attrs: { id: 'blocker-text' } }, t('game.saveNotice.blockerText')),
          reload,
        ),
      );
      document.body.append(dialog);
      reload.focus();
    },
  };
}
