/** Discussion questions grouped by whom they are for: the room, then each role. */
import { questionsByRole } from '../../scenario/roles.ts';
import type { Question, Scenario } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { t } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

/** One heading and list per group, or a single muted line when there is no question. */
export function questionsView(
  scenario: Scenario,
  questions: readonly Question[],
  empty: string,
): HTMLElement[] {
  const groups = questionsByRole(scenario, questions);
  if (groups.length === 0) return [h('p', { class: 'muted' }, empty)];
  return groups.map(({ role, questions: texts }) =>
    h(
      'div',
      { class: 'question-group' },
      h('h4', null, role === null ? ui('console.questions.room') : ui('console.questions.role', { role: t(role.label) })),
      h('ol', { class: 'questions' }, ...texts.map((q) => h('li', null, t(q)))),
    ),
  );
}
