/** The roles of the scenario at a glance, and the button that opens their printable cards. */
import type { Scenario } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { printButton } from './print-view.ts';
import { t, type Panel } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

export function roleCardsPanel(
  open: (scenario: Scenario, withInjects: boolean) => void,
): Panel & { readonly button: HTMLButtonElement } {
  let scenario: Scenario | null = null;
  const list = h('p', { class: 'muted' });
  // Off by default: the injects are the script, so a card handed to a trainee must not list them.
  const withInjects = h('input', { attrs: { type: 'checkbox' } });
  const option = h('label', { class: 'check-row role-cards__option' }, withInjects, h('span', null, ui('console.roles.withInjects')));
  const button = printButton(ui('console.roles.print'), () => {
    if (scenario) open(scenario, withInjects.checked);
  });
  const element = h(
    'section',
    { class: 'panel panel--roles', attrs: { 'aria-labelledby': 'roles-heading' } },
    h('h2', { attrs: { id: 'roles-heading' } }, ui('console.roles.title')),
    list,
    option,
    h('div', { class: 'button-row' }, button),
  );
  return {
    element,
    button,
    update(view) {
      scenario = view.scenario;
      const roles = view.scenario.roles;
      list.textContent =
        roles.length === 0
          ? ui('console.roles.none')
          : roles.map((role) => t(role.label)).join(', ');
      button.hidden = roles.length === 0;
      option.hidden = roles.length === 0;
    },
  };
}
