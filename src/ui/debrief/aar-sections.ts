/** The HSEEP parts: strengths, areas for improvement and the plan; questions and observer notes. */
import { dueLabel, type DebriefReport, type Observation } from '../../debrief/index';
import { h } from '../dom/h';
import { section, table } from './sections';

export function observationsSection(r: DebriefReport): HTMLElement {
  const list = (items: readonly Observation[]): HTMLElement =>
    items.length === 0
      ? h('p', null, 'None drafted.')
      : h(
          'ul',
          { class: 'crd-observations' },
          ...items.map((o) =>
            h(
              'li',
              null,
              h('strong', null, o.title),
              o.capability ? h('span', { class: 'crd-muted' }, ` (${o.capability})`) : null,
              h('br'),
              o.analysis,
            ),
          ),
        );
  return section(
    'Strengths and areas for improvement',
    h(
      'p',
      { class: 'crd-muted' },
      'Drafted from the ratings for the facilitator to confirm or edit, as in an HSEEP after-action report.',
    ),
    h('h3', null, 'Strengths'),
    list(r.strengths),
    h('h3', null, 'Areas for improvement'),
    list(r.improvements),
    h('h3', null, 'Improvement plan'),
    r.improvementPlan.length === 0
      ? h('p', null, 'No corrective actions drafted.')
      : table(
          ['Issue', 'Corrective action', 'Capability', 'Owner', 'Due'],
          r.improvementPlan.map((p) => [p.issue, p.action, p.capability, p.owner, dueLabel(p)]),
          { nowrap: [4] },
        ),
  );
}

export function discussionSection(r: DebriefReport): HTMLElement {
  return section(
    'Discussion questions and observer notes',
    ...(r.questions.length === 0
      ? [h('p', null, 'No discussion questions for the beats played.')]
      : r.questions.flatMap((q) => [
          h('h3', null, q.title),
          h('ul', null, ...q.questions.map((x) => h('li', null, x))),
        ])),
    h('h3', null, 'Observer notes'),
    r.notes.length === 0
      ? h('p', null, 'No notes were taken.')
      : h(
          'ul',
          { class: 'crd-notes' },
          ...r.notes.map((n) =>
            h(
              'li',
              null,
              h('span', { class: 'crd-muted' }, `${n.timeLabel}, ${n.beatTitle}: `),
              n.text,
            ),
          ),
        ),
    r.events.length > 0 ? h('h3', null, 'What the facilitator did') : null,
    r.events.length > 0
      ? h(
          'ul',
          { class: 'crd-notes' },
          ...r.events.map((e) =>
            h('li', null, h('span', { class: 'crd-muted' }, `${e.timeLabel}: `), e.detail),
          ),
        )
      : null,
  );
}
