/**
 * The evaluation guide (CISA's exercise evaluation guide): each rubric objective with its
 * capability and the critical tasks an observer checks, on screen in the console's panel and on
 * paper through a print view, with a box to tick and room for notes beside each task.
 */
import type { Objective, Scenario } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { printView } from './print-view.ts';
import './evaluation-guide.css';
import { t } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

/** One objective: label, capability, description, and its critical tasks (or a muted line). */
export function objectiveGuide(objective: Objective, level: 'h2' | 'h3'): HTMLElement {
  const tasks = objective.criticalTasks ?? [];
  return h(
    'article',
    { class: 'guide-objective', attrs: { 'aria-label': t(objective.label) } },
    h(level, null, t(objective.label)),
    h('p', { class: 'muted' }, ui('console.guide.capability', { capability: t(objective.capability) })),
    objective.description !== undefined && h('p', null, t(objective.description)),
    tasks.length === 0
      ? h('p', { class: 'muted' }, ui('console.guide.noTasks'))
      : h(
          'ul',
          { class: 'guide-tasks', attrs: { 'aria-label': ui('console.guide.tasksLabel', { objective: t(objective.label) }) } },
          ...tasks.map((task) => h('li', null, t(task))),
        ),
  );
}

export interface EvaluationGuideView {
  readonly element: HTMLElement;
  show(scenario: Scenario): void;
  hide(): void;
}

/** The print view of the guide; `onClose` runs after it hides (the opener puts focus back). */
export function evaluationGuideView(onClose: () => void): EvaluationGuideView {
  const view = printView('evaluation-guide-title', onClose);
  return {
    element: view.element,
    show(scenario) {
      view.show(
        ui('console.guide.printTitle', { title: t(scenario.meta.title) }),
        h(
          'p',
          { class: 'guide-intro' },
          ui('console.guide.forObservers'),
        ),
        h(
          'div',
          { class: 'guide-list' },
          ...scenario.rubric.map((objective) =>
            h(
              'div',
              { class: 'guide-sheet print-card' },
              objectiveGuide(objective, 'h2'),
              h('p', { class: 'guide-notes' }, ui('console.guide.notes')),
            ),
          ),
        ),
      );
    },
    hide: view.hide,
  };
}
