/**
 * The live page's doors: a team joins with the session's code and a team name; a facilitator
 * starts a session with a shipped scenario or a file they open (checked on the server).
 */
import { button, h } from '../dom/h';

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
    h('h2', { attrs: { id: 'join-title' } }, 'Join a live session'),
    field('Join code', codeInput),
    field('Team name', team),
    field('Your name (optional)', name),
    h('button', { class: 'btn btn--primary', attrs: { type: 'submit' } }, 'Join'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onJoin({ code: normaliseCode(codeInput.value), team: team.value.trim(), name: name.value.trim() || team.value.trim() });
  });
  return form;
}

export function startForm(scenarios: readonly string[], onStart: (choice: { scenario: string } | { source: string }) => void): HTMLElement {
  const select = h('select', { attrs: { name: 'scenario', id: 'live-scenario' } }, ...scenarios.map((id) => h('option', { attrs: { value: id } }, id)));
  const file = h('input', { attrs: { type: 'file', accept: '.yaml,.yml', id: 'live-file' } });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void chosen.text().then((source) => onStart({ source }));
  });
  return h(
    'section',
    { class: 'panel live-form', attrs: { 'aria-labelledby': 'start-title' } },
    h('h2', { attrs: { id: 'start-title' } }, 'Run a live session (facilitator)'),
    h('div', { class: 'live-form__field' }, h('label', { attrs: { for: 'live-scenario' } }, 'Scenario'), select),
    button('Start the session', () => onStart({ scenario: select.value }), { class: 'btn btn--primary' }),
    h('div', { class: 'live-form__field' }, h('label', { attrs: { for: 'live-file' } }, 'Or open a scenario file'), file),
  );
}
