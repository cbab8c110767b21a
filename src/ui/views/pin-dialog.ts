/**
 * Before the first facilitator console opens, the instructor sets a PIN on the projector (issue
 * #16, point 6): the console asks for it, so a trainee's click on the button alone no longer
 * shows the answer key. A modal <dialog>: focus stays in it, Escape cancels.
 */
import { button, h } from '../dom/h';
import { t } from '../lang/ui-language';
import { isPin } from '../sync/pin';

/** Opens the dialog; `onPin` gets a well-formed PIN and resolves once it is in force. */
export function showPinDialog(onPin: (pin: string) => Promise<void>): void {
  const input = h('input', {
    class: 'field__input pin-dialog__input',
    attrs: { id: 'facilitator-pin', type: 'password', inputmode: 'numeric', autocomplete: 'new-password', maxlength: 12, 'aria-describedby': 'facilitator-pin-hint facilitator-pin-error' },
  });
  const error = h('p', { class: 'pin-dialog__error', attrs: { id: 'facilitator-pin-error', role: 'alert' } });
  const dialog = h(
    'dialog',
    { class: 'pin-dialog panel', attrs: { 'aria-labelledby': 'facilitator-pin-title' } },
    h(
      'form',
      { attrs: { method: 'dialog' } },
      h('h2', { attrs: { id: 'facilitator-pin-title' } }, t('game.pin.title')),
      h('label', { class: 'field__label', attrs: { for: 'facilitator-pin' } }, t('game.pin.label')),
      input,
      h('p', { class: 'field__hint muted', attrs: { id: 'facilitator-pin-hint' } }, t('game.pin.hint')),
      error,
      h(
        'div',
        { class: 'button-row' },
        h('button', { class: 'btn btn--primary', attrs: { type: 'submit' } }, t('game.pin.submit')),
        button(t('game.pin.cancel'), () => dialog.close(), { class: 'btn btn--quiet' }),
      ),
    ),
  );
  dialog.addEventListener('submit', (event) => {
    event.preventDefault();
    const pin = input.value.trim();
    if (!isPin(pin)) {
      error.textContent = t('game.pin.invalid');
      input.focus();
      return;
    }
    void onPin(pin).then(() => dialog.close());
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
}
