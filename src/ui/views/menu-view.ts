/**
 * The menu: the shipped exercises, a team-name field, resuming a saved exercise, and opening an
 * instructor's own YAML file by picker or drag and drop.
 */
import type { BadSave, MenuMessage, PendingResume } from '../app-context';
import { whyUnplayable, type CatalogEntry } from '../catalog';
import { button, h, type Child } from '../dom/h';
import { difficultyLabel } from '../format';
import { t, uiLang } from '../lang/ui-language';
import { messageBanner } from './message-banner';
import { savedSessionsView } from './saved-sessions-view';
import type { Text } from '../../scenario/types';

export interface MenuViewOptions {
  readonly catalog: readonly CatalogEntry[];
  readonly messages: readonly MenuMessage[];
  /** Every stored session that can be resumed, most recent first. */
  readonly saves: readonly PendingResume[];
  /** Stored saves that cannot be resumed, kept until downloaded or discarded. */
  readonly badSaves: readonly BadSave[];
  readonly team: string;
  readonly text: (value: Text) => string;
  readonly onTeam: (team: string) => void;
  readonly onPlay: (entry: CatalogEntry) => void;
  readonly onResume: (save: PendingResume) => void;
  readonly onDeleteSave: (slot: string) => void;
  readonly onOpenFile: (file: File) => void;
  /** The language switch, shown under the title. */
  readonly languageSwitch: HTMLElement;
  /** Whether projector view is on (display-mode.ts), and the switch that flips it. */
  readonly projector: boolean;
  readonly onProjector: () => void;
}

export interface MenuView {
  readonly root: HTMLElement;
  /** Where loading problems of an opened file appear. */
  readonly fileResult: HTMLElement;
  /** Where the menu asks before starting an exercise a team already has in progress. */
  readonly notice: HTMLElement;
  readonly firstAction: HTMLElement | null;
}

export function menuView(options: MenuViewOptions): MenuView {
  const fileInput = h('input', {
    class: 'visually-hidden',
    attrs: { type: 'file', accept: '.yaml,.yml,text/yaml', tabindex: -1, 'aria-hidden': 'true' },
    on: {
      change: () => {
        const file = fileInput.files?.[0];
        if (file) options.onOpenFile(file);
        fileInput.value = '';
      },
    },
  });
  const fileResult = h('div', { class: 'menu__file-result', attrs: { 'aria-live': 'polite' } });
  const resume = savedSessionsView({ saves: options.saves, bad: options.badSaves, onResume: options.onResume, onDelete: options.onDeleteSave });
  const notice = h('div', { class: 'menu__notice' });
  const playable = options.catalog.filter((entry) => entry.scenario);
  const broken = options.catalog.filter((entry) => !entry.scenario);

  const teamInput = h('input', {
    class: 'field__input',
    attrs: {
      id: 'team-name',
      type: 'text',
      maxlength: 60,
      autocomplete: 'off',
      placeholder: t('game.menu.teamPlaceholder'),
      value: options.team,
    },
    on: { input: () => options.onTeam(teamInput.value) },
  });

  const root = h(
    'div',
    { class: 'screen menu' },
    h(
      'header',
      { class: 'menu__header' },
      h('p', { class: 'eyebrow' }, t('game.menu.eyebrow')),
      h('h1', { class: 'menu__title' }, t('game.menu.title')),
      h('p', { class: 'menu__lead' }, t('game.menu.lead')),
      options.languageSwitch,
    ),
    ...options.messages.map((message) => messageBanner(message)),
    resume,
    notice,
    h(
      'div',
      { class: 'menu__body' },
      h(
        'section',
        { class: 'menu__scenarios', attrs: { 'aria-labelledby': 'scenarios-title' } },
        h('h2', { attrs: { id: 'scenarios-title' }, class: 'section-title' }, t('game.menu.exercises')),
        playable.length === 0
          ? h('p', { class: 'muted' }, t('game.menu.noExercises'))
          : h(
              'ul',
              { class: 'scenario-list' },
              ...playable.map((entry) => scenarioCard(entry, options)),
            ),
        broken.length > 0 &&
          h(
            'p',
            { class: 'muted' },
            t('game.menu.notListed', { files: broken.map((entry) => entry.file).join(', ') }),
          ),
        ...broken
          .filter((entry) => entry.diagnostics.length > 0)
          .map((entry) => h('p', { class: 'muted' }, whyUnplayable(entry))),
      ),
      h(
        'aside',
        { class: 'menu__side' },
        h(
          'div',
          { class: 'panel field' },
          h('label', { class: 'field__label', attrs: { for: 'team-name' } }, t('game.menu.teamName')),
          teamInput,
          h('p', { class: 'field__hint muted' }, t('game.menu.teamHint')),
        ),
        h(
          'div',
          { class: 'panel dropzone', attrs: { 'data-dropzone': '' } },
          h('h2', { class: 'section-title' }, t('game.menu.ownScenario')),
          h(
            'p',
            { class: 'muted' },
            t('game.menu.ownScenarioHint'),
          ),
          button(t('game.menu.openFile'), () => fileInput.click(), {
            class: 'btn btn--secondary',
          }),
          fileInput,
        ),
        h(
          'nav',
          { class: 'panel tools', attrs: { 'aria-labelledby': 'tools-title' } },
          h('h2', { class: 'section-title', attrs: { id: 'tools-title' } }, t('game.menu.forInstructors')),
                    button(t('game.menu.projector'), options.onProjector, {
            class: 'btn btn--secondary btn--small menu__display',
            attrs: { 'aria-pressed': options.projector ? 'true' : 'false', 'aria-describedby': 'display-hint' },
          }),
          h('p', { class: 'muted menu__display-hint', attrs: { id: 'display-hint' } }, t('game.menu.projectorHint')),
          h(
            'ul',
            { class: 'tools__list' },
            toolLink(
              './workshop.html',
              t('game.menu.workshop'),
              t('game.menu.workshopHint'),
            ),
            toolLink(
              'live.html',
              t('game.menu.live'),
              t('game.menu.liveHint'),
            ),
            toolLink(
              'debrief.html',
              t('game.menu.debriefs'),
              t('game.menu.debriefsHint'),
            ),
          ),
        ),
      ),
    ),
    fileResult,
  );
  acceptDrops(root, options.onOpenFile);
  return {
    root,
    fileResult,
    notice,
    firstAction: resume?.querySelector('button') ?? root.querySelector('.scenario-card button'),
  };
}

/** A plain link to another page of the app: the instructors' tools live beside the game. */
function toolLink(href: string, label: string, hint: string): HTMLElement {
  return h(
    'li',
    null,
    h('a', { class: 'tools__link', attrs: { href } }, label),
    h('p', { class: 'muted' }, hint),
  );
}

function scenarioCard(entry: CatalogEntry, options: MenuViewOptions): HTMLElement {
  const scenario = entry.scenario;
  if (!scenario) return h('li');
  const { meta } = scenario;
  const title = options.text(meta.title);
  const titleId = `scenario-${meta.id}`;
  // A scenario not written in the page's language shows its own: say which, for screen readers
  // and line breaking (WCAG 3.1.2, language of parts).
  const own = scenario.languages.includes(uiLang()) ? {} : { lang: scenario.languages[0] ?? 'en' };
  return h(
    'li',
    { class: 'scenario-card panel', attrs: { 'aria-labelledby': titleId } },
    h(
      'div',
      { class: 'scenario-card__text' },
      h('h3', { class: 'scenario-card__title', attrs: { id: titleId, ...own } }, title),
      h(
        'p',
        { class: 'scenario-card__meta' },
        chip(t('game.menu.minutes', { minutes: meta.durationMinutes })),
        chip(difficultyLabel(meta.difficulty), `difficulty difficulty--${meta.difficulty}`),
      ),
      h('p', { class: 'scenario-card__summary', attrs: own }, options.text(meta.summary)),
      h('p', { class: 'scenario-card__audience' }, t('game.menu.audience', { audience: '' }), h('span', { attrs: own }, options.text(meta.audience))),
    ),
    button(t('game.menu.play'), () => options.onPlay(entry), {
      class: 'btn btn--primary btn--large',
      label: t('game.menu.playNamed', { title }),
    }),
  );
}

function chip(label: Child, extra = ''): HTMLElement {
  return h('span', { class: `chip ${extra}` }, label);
}

function acceptDrops(root: HTMLElement, onFile: (file: File) => void): void {
  root.addEventListener('dragover', (event) => {
    event.preventDefault();
    root.classList.add('menu--dragging');
  });
  root.addEventListener('dragleave', (event) => {
    if (event.target === root) root.classList.remove('menu--dragging');
  });
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    root.classList.remove('menu--dragging');
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
