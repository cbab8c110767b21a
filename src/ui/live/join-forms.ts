/**
 * The live page's doors: a team joins with the session's code and a team name; a facilitator
 * starts a session with a shipped scenario or a file they open (checked on the server).
 */
import { button, h } from '../dom/h';
import { filePicker } from '../dom/file-picker';
import { t } from '../lang/ui-language';

export interface JoinRequest {
  readonly code: string;
  readonly team: string;
  readonly name: string;
}

/** Codes are typed off a projector: case, spaces and dashes do not matter. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

function field(label: string, input: HTMLInputElement): HTMLElement {
  return h('label', { class: 'live-form__field' }, h('span', null, label), input);
}

export function joinForm(code: string, onJoin: (request: JoinRequest) => void): HTMLElement {
  const codeInput = h('input', { attrs: { type: 'text', name: 'code', value: code, autocomplete: 'off', required: true, maxlength: 20 } });
  const team = h('input', { attrs: { type: 'text', name: 'team', required: true, maxlength: 40 } });
  const name = h('input', { attrs: { type: 'text', name: 'name', maxlength: 40, autocomplete: 'name' } });
  const form = h(
    'form',
    { class: 'panel live-form', attrs: { 'aria-labelledby': 'join-title' } },
    h('h2', { attrs: { id: 'join-title' } }, t('live.join.title')),
    field(t('live.join.code'), codeInput),
    field(t('live.join.team'), team),
    field(t('live.join.name'), name),
    h('button', { class: 'btn btn--primary', attrs: { type: 'submit' } }, t('live.join.submit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onJoin({ code: normaliseCode(codeInput.value), team: team.value.trim(), name: name.value.trim() || team.value.trim() });
  });
  return form;
}

/** `scenarios` are the server's scenario ids, each with its title in the page's language when known. */
export function startForm(scenarios: readonly { id: string; title: string }[], onStart: (choice: { scenario: string } | { source: string }) => void): HTMLElement {
  const select = h('select', { attrs: { name: 'scenario', id: 'live-scenario' } }, ...scenarios.map(({ id, title }) => h('option', { attrs: { value: id } }, title)));
  const file = filePicker({
    id: 'live-file',
    label: t('live.start.file'),
    accept: '.yaml,.yml',
    onFiles: ([chosen]) => void chosen?.text().then((source) => onStart({ source })),
  });
  return h(
    'section',
    { class: 'panel live-form', attrs: { 'aria-labelledby': 'start-title' } },
    h('h2', { attrs: { id: 'start-title' } }, t('live.start.title')),
    h('div', { class: 'live-form__field' }, h('label', { attrs: { for: 'live-scenario' } }, t('live.start.scenario')), select),
    button(t('live.start.submit'), () => onStart({ scenario: select.value }), { class: 'btn btn--primary' }),
    h('div', { class: 'live-form__field' }, file.button, file.input),
  );
}
