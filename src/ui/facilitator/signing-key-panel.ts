/**
 * The facilitator's signing key: made here once per computer, it signs the JSON exports the game
 * makes of a debrief, and its public key file lets a training lead check them
 * (crisis-room debrief --public-key, or the fingerprint shown in debrief.html).
 */
import { publicKeyFile, type FacilitatorKey } from '../../debrief/export-signature.ts';
import { downloadText } from '../dom/download-text.ts';
import { h } from '../dom/h.ts';
import { keepNewFacilitatorKey, storedFacilitatorKey } from '../facilitator-key.ts';
import { t as ui } from '../lang/ui-language.ts';

export function signingKeyPanel(): HTMLElement {
  const note = h('p', { attrs: { id: 'signing-key-note' } });
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  const create = h('button', { class: 'btn btn--secondary', attrs: { type: 'button' } }, ui('console.signingKey.create'));
  const download = h('button', { class: 'btn btn--secondary', attrs: { type: 'button', hidden: true } }, ui('console.signingKey.download'));
  let key: FacilitatorKey | null = null;

  function show(): void {
    create.hidden = key !== null;
    download.hidden = key === null;
    note.textContent = key
      ? ui('console.signingKey.has', { fingerprint: key.fingerprint })
      : ui('console.signingKey.none');
  }
  create.addEventListener('click', () => {
    void keepNewFacilitatorKey().then(
      (made) => {
        key = made;
        show();
        status.textContent = ui('console.signingKey.created');
        download.focus();
      },
      (error: unknown) => (status.textContent = error instanceof Error ? error.message : String(error)),
    );
  });
  download.addEventListener('click', () => {
    if (key) downloadText(`crisis-room-public-key-${key.fingerprint.slice(0, 9).replace(' ', '')}.json`, publicKeyFile(key));
  });
  void storedFacilitatorKey().then((kept) => {
    key = kept;
    show();
  });
  show();
  return h(
    'section',
    { class: 'panel panel--signing-key', attrs: { 'aria-labelledby': 'signing-key-heading' } },
    h('h2', { attrs: { id: 'signing-key-heading' } }, ui('console.signingKey.title')),
    note,
    h('div', { class: 'button-row' }, create, download),
    status,
  );
}
