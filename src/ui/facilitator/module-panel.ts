/**
 * The module the current beat belongs to (CISA's tabletop modules): its title, what the exercise
 * takes as given, and its discussion questions by role. Hidden when the scenario has no modules.
 */
import type { Module, Scenario } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { questionsView } from './questions-view.ts';
import { keyed, t, type Panel } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

/** The module a beat is in, with its place in play order; null when it is in none. */
export function moduleOf(
  scenario: Scenario,
  beat: string,
): { module: Module; index: number } | null {
  const modules = scenario.modules ?? [];
  const index = modules.findIndex((m) => m.beats.includes(beat));
  const module = modules[index];
  return module === undefined ? null : { module, index };
}

export function modulePanel(): Panel {
  const eyebrow = h('p', { class: 'eyebrow' }, ui('console.module.eyebrow'));
  const title = h('h2', { attrs: { id: 'module-heading' } });
  const body = h('div');
  const element = h(
    'section',
    { class: 'panel panel--module', attrs: { 'aria-labelledby': 'module-heading', hidden: true } },
    eyebrow,
    title,
    body,
  );
  return {
    element,
    update({ scenario, session }) {
      const modules = scenario.modules ?? [];
      element.hidden = modules.length === 0;
      if (modules.length === 0) return;
      const found = moduleOf(scenario, session.state.beat);
      eyebrow.textContent =
        found === null ? ui('console.module.eyebrow') : ui('console.module.of', { index: found.index + 1, count: modules.length });
      title.textContent = found === null ? ui('console.module.none') : t(found.module.title);
      keyed(body, found?.module.id ?? '', () => {
        if (found === null) return [h('p', { class: 'muted' }, ui('console.module.notIn'))];
        const { assumptions, questions } = found.module;
        return [
          h('h3', null, ui('console.module.assumptions')),
          assumptions.length === 0
            ? h('p', { class: 'muted' }, ui('console.module.noneStated'))
            : h('ul', { class: 'assumptions' }, ...assumptions.map((a) => h('li', null, t(a)))),
          h('h3', null, ui('console.module.questions')),
          ...questionsView(scenario, questions, ui('console.module.noQuestions')),
        ];
      });
    },
  };
}
