/**
 * The console's first screen: the facilitator PIN the instructor set in the game (issue #16,
 * point 6). Nothing of the session (ratings, feedback, notes) shows before it; the key derived
 * from it signs every lease claim and command (src/ui/sync/pin.ts).
 */
import { button, h } from '../dom/h.ts';
import { t } from '../lang/ui-language.ts';
import { derivePinKey, isPin, sign, signed } from '../sync/pin.ts';

export interface PinKey {
  readonly key: CryptoKey;
  /** The check value the projector's snapshot must carry for this PIN. */
  readonly check: string;
}

/** Shows the PIN form in `root` until a well-formed PIN is entered; `error` says why it is back. */
export function askPin(root: HTMLElement, channelId: string, error: string | null = null): Promise<PinKey> {
  return new Promise((resolve) => {
    const input = h('input', {
      class: 'pin-gate__input',
      attrs: { id: 'pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 12, 'aria-describedby': 'pin-hint pin-error' },
    });
    const message = h('p', { class: 'pin-gate__error', attrs: { id: 'pin-error', role: 'alert' } }, error ?? '');
    const form = h(
      'form',
      { class: 'pin-gate panel', attrs: { 'aria-labelledby': 'pin-title' } },
      h('h1', { attrs: { id: 'pin-title' } }, t('console.title')),
      h('label', { attrs: { for: 'pin' } }, t('console.pin.label')),
      input,
      h('p', { class: 'pin-gate__hint', attrs: { id: 'pin-hint' } }, t('console.pin.hint')),
      message,
      button(t('console.pin.open'), () => form.requestSubmit(), { class: 'btn btn--primary' }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const pin = input.value.trim();
      if (!isPin(pin)) {
        message.textContent = t('console.pin.invalid');
        input.focus();
        return;
      }
      message.textContent = t('console.pin.checking');
      void derivePinKey(pin, channelId).then(async (key) => resolve({ key, check: await sign(key, signed.check()) }));
    });
    root.replaceChildren(form);
    input.focus();
  });
}
