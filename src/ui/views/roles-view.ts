/** The roles at the table on the briefing: each label with its brief, read aloud as a list. */
import type { Role, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';

/** The briefing's roles section, or null when the scenario declares no roles. */
export function rolesSection(
  roles: readonly Role[],
  text: (value: Text) => string,
): HTMLElement | null {
  if (roles.length === 0) return null;
  return h(
    'section',
    { class: 'briefing__roles', attrs: { 'aria-labelledby': 'roles-title' } },
    h('h2', { class: 'section-title', attrs: { id: 'roles-title' } }, t('game.roles.title')),
    h(
      'ul',
      { class: 'role-list', attrs: { 'aria-labelledby': 'roles-title' } },
      ...roles.map((role) =>
        h(
          'li',
          { class: 'role-list__item' },
          h('h3', { class: 'role-list__label' }, text(role.label)),
          role.brief !== undefined && h('p', { class: 'role-list__brief' }, text(role.brief)),
        ),
      ),
    ),
  );
}
