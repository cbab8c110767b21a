/** The rubric's evaluation guide in the console, and the button that opens its printable view. */
import type { Scenario } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { objectiveGuide } from './evaluation-guide.ts';
import { printButton } from './print-view.ts';
import { keyed, type Panel } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

export function evaluationGuidePanel(
  open: (scenario: Scenario) => void,
): Panel & { readonly button: HTMLButtonElement } {
  let scenario: Scenario | null = null;
  const list = h('div');
  const button = printButton(ui('console.guide.print'), () => {
    if (scenario) open(scenario);
  });
  const element = h(
    'section',
    { class: 'panel panel--guide', attrs: { 'aria-labelledby': 'guide-heading' } },
    h('h2', { attrs: { id: 'guide-heading' } }, ui('console.guide.title')),
    list,
    h('div', { class: 'button-row' }, button),
  );
  return {
    element,
    button,
    update(view) {
      scenario = view.scenario;
      const rubric = view.scenario.rubric;
      keyed(list, view.scenario.hash, () =>
        rubric.length === 0
          ? [h('p', { class: 'muted' }, ui('console.guide.noRubric'))]
          : rubric.map((objective) => objectiveGuide(objective, 'h3')),
      );
      button.hidden = rubric.length === 0;
    },
  };
}
