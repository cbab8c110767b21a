/** A message at the top of a screen, with an optional download (an unreadable save). */
import type { MenuMessage } from '../app-context';
import { button, h } from '../dom/h';
import { downloadText } from '../save-store';
import { t } from '../lang/ui-language';

export function messageBanner(message: MenuMessage, tone: 'warning' | 'info' = 'warning'): HTMLElement {
  const download = message.download;
  return h(
    'div',
    { class: `banner banner--${tone}`, attrs: { role: tone === 'warning' ? 'alert' : 'status' } },
    h('p', null, message.text),
    download &&
      button(t('game.saved.downloadSave', { file: download.fileName }), () => downloadText(download.fileName, download.text), {
        class: 'btn btn--small',
      }),
  );
}
