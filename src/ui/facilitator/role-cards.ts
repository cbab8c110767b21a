/**
 * The printable role cards: one card per role with its label and its brief, and on the
 * facilitator's copy the injects addressed to it in the scenario, with when each arrives. A print
 * view (print-view.ts) in place of the console; on paper one card to a page (role-cards.css).
 */
import { formatGameTime } from '../../debrief/game-time.ts';
import { injectsFor, type InjectSource } from '../../scenario/roles.ts';
import type { Role, Scenario } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { printView } from './print-view.ts';
import './role-cards.css';
import { t } from './view.ts';
import { t as ui, translator } from '../lang/ui-language.ts';

export interface RoleCardsView {
  readonly element: HTMLElement;
  /**
   * Replaces the console with the cards of this scenario and moves focus to their heading. A card
   * has the role's label and brief; with `withInjects` (the facilitator's copy) also the injects
   * addressed to the role and when they arrive, which would spoil the script for a trainee.
   */
  show(scenario: Scenario, withInjects: boolean): void;
  hide(): void;
}

/** The view; `onClose` runs after it hides (the opener puts focus back). */
export function roleCardsView(onClose: () => void): RoleCardsView {
  const view = printView('role-cards-title', onClose);
  return {
    element: view.element,
    show(scenario, withInjects) {
      view.show(
        ui('console.roles.cardsTitle', { title: t(scenario.meta.title) }),
        h(
          'div',
          { class: 'role-cards__list' },
          ...scenario.roles.map((role) => roleCard(scenario, role, withInjects)),
        ),
      );
    },
    hide: view.hide,
  };
}

function roleCard(scenario: Scenario, role: Role, withInjects: boolean): HTMLElement {
  const id = `role-card-${role.id}`;
  return h(
    'article',
    { class: 'role-card print-card', attrs: { 'aria-labelledby': id } },
    h('p', { class: 'eyebrow' }, t(scenario.meta.title)),
    h('h2', { attrs: { id } }, t(role.label)),
    role.brief !== undefined && h('p', { class: 'role-card__brief' }, t(role.brief)),
    withInjects && addressedTo(scenario, role),
  );
}

/** The injects addressed to a role, for the facilitator's copy of its card. */
function addressedTo(scenario: Scenario, role: Role): HTMLElement {
  const injects = injectsFor(scenario, role.id);
  return h(
    'div',
    null,
    h('h3', null, ui('console.roles.addressed')),
    injects.length === 0
      ? h('p', { class: 'muted' }, ui('console.roles.nothing'))
      : h(
          'ul',
          { class: 'role-card__injects' },
          ...injects.map(({ inject, source }) =>
            h(
              'li',
              null,
              h('strong', null, t(inject.headline)),
              h('span', { class: 'muted' }, ` \u00b7 from ${t(inject.from)}`),
              h('span', { class: 'role-card__when' }, arrives(scenario, source)),
            ),
          ),
        ),
  );
}

/** When an inject arrives, in the facilitator's words. */
function arrives(scenario: Scenario, source: InjectSource): string {
  switch (source.kind) {
    case 'beat':
      // A relative beat's `at` reads 0: its hour depends on when the team gets there.
      return source.beat.after === undefined
        ? ui('console.roles.withBeat', { beat: t(source.beat.title), time: formatGameTime(scenario, source.beat.at, translator()) })
        : ui('console.roles.withBeatAfter', { beat: t(source.beat.title), hours: source.beat.after });
    case 'trigger':
      return ui('console.roles.ifTrigger', { condition: source.trigger.when.source });
    case 'deadline':
      return source.outcome === 'deficient'
        ? ui('console.roles.ifDeficient', { deadline: t(source.deadline.label) })
        : ui('console.roles.ifMissed', { deadline: t(source.deadline.label) });
    case 'optional':
      return ui('console.roles.ifPushed');
  }
}
