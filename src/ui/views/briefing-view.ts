/** The briefing: what happened in the real case, who the team is, what the exercise trains. */
import type { Scenario, Text } from '../../scenario/types';
import { button, h } from '../dom/h';
import { difficultyLabel } from '../format';
import { t } from '../lang/ui-language';
import { rolesSection } from './roles-view';

export interface BriefingViewOptions {
  readonly scenario: Scenario;
  readonly team: string;
  readonly text: (value: Text) => string;
  readonly onTeam: (team: string) => void;
  readonly onContinue: () => void;
  readonly onBack: () => void;
}

export function briefingView(options: BriefingViewOptions): { root: HTMLElement; start: HTMLButtonElement } {
  const { scenario, text } = options;
  const { meta } = scenario;
  const start = button(t('game.briefing.continue'), options.onContinue, { class: 'btn btn--primary btn--large' });
  const teamInput = h('input', {
    class: 'field__input',
    attrs: { id: 'briefing-team', type: 'text', maxlength: 60, autocomplete: 'off', value: options.team, placeholder: t('game.briefing.teamPlaceholder') },
    on: { input: () => options.onTeam(teamInput.value) },
  });
  const root = h(
    'div',
    { class: 'screen briefing' },
    h(
      'article',
      { class: 'panel briefing__dossier', attrs: { 'aria-labelledby': 'briefing-title' } },
      h('p', { class: 'eyebrow' }, t('game.briefing.eyebrow')),
      h('h1', { attrs: { id: 'briefing-title' } }, text(meta.title)),
      h(
        'p',
        { class: 'briefing__facts' },
        h('span', { class: 'chip' }, t('game.menu.minutes', { minutes: meta.durationMinutes })),
        h('span', { class: `chip difficulty difficulty--${meta.difficulty}` }, difficultyLabel(meta.difficulty)),
        // Optional fields left out of a scenario leave no empty chip or heading behind.
        text(meta.audience) !== '' && h('span', { class: 'chip' }, text(meta.audience)),
      ),
      h('p', { class: 'briefing__summary' }, text(meta.summary)),
      h(
        'div',
        { class: 'briefing__columns' },
        h(
          'section',
          { attrs: { 'aria-labelledby': 'role-title' } },
          h('h2', { class: 'section-title', attrs: { id: 'role-title' } }, t('game.briefing.role')),
          h('p', null, text(meta.role)),
          // A scenario may state no objectives: then no heading over an empty list.
          meta.objectives.length > 0 && h('h2', { class: 'section-title', attrs: { id: 'objectives-title' } }, t('game.briefing.objectives')),
          meta.objectives.length > 0 &&
            h('ul', { class: 'briefing__objectives', attrs: { 'aria-labelledby': 'objectives-title' } }, ...meta.objectives.map((objective) => h('li', null, text(objective)))),
        ),
        text(meta.caseNote) !== '' &&
          h(
            'section',
            { class: 'briefing__case', attrs: { 'aria-labelledby': 'case-title' } },
            h('h2', { class: 'section-title', attrs: { id: 'case-title' } }, t('game.briefing.caseNote')),
            ...paragraphs(text(meta.caseNote)),
          ),
      ),
      rolesSection(scenario.roles, text),
      h(
        'div',
        { class: 'briefing__actions' },
        h('div', { class: 'field field--inline' }, h('label', { class: 'field__label', attrs: { for: 'briefing-team' } }, t('game.menu.teamName')), teamInput),
        h('div', { class: 'button-row' }, button(t('game.briefing.back'), options.onBack, { class: 'btn btn--quiet' }), start),
      ),
    ),
  );
  return { root, start };
}

/** Blank lines in scenario text separate paragraphs; each stays plain text. */
export function paragraphs(value: string): HTMLElement[] {
  return value
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => h('p', null, part));
}
