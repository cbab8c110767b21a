/** The HSEEP parts: strengths, areas for improvement and the plan; questions and observer notes. */
import { dueLabel, type DebriefReport, type Observation } from '../../debrief/index';
import { h } from '../dom/h';
import { sectionAs, table } from './sections';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';

export function observationsSection(r: DebriefReport): HTMLElement {
  const list = (items: readonly Observation[]): HTMLElement =>
    items.length === 0
      ? h('p', null, t('viewer.aar.noneDrafted'))
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
  return sectionAs(
    'strengths-and-areas-for-improvement',
    t('viewer.aar.title'),
    h(
      'p',
      { class: 'crd-muted' },
      t('viewer.aar.drafted'),
    ),
    h('h3', null, t('viewer.aar.strengths')),
    list(r.strengths),
    h('h3', null, t('viewer.aar.improvements')),
    list(r.improvements),
    h('h3', null, t('viewer.aar.plan')),
    r.improvementPlan.length === 0
      ? h('p', null, t('viewer.aar.noActions'))
      : table(
          [t('viewer.aar.issue'), t('viewer.aar.action'), t('viewer.aar.capability'), t('viewer.aar.owner'), t('viewer.aar.due')],
          r.improvementPlan.map((p) => [p.issue, p.action, p.capability, p.owner, dueLabel(p, reportTranslator())]),
          { nowrap: [4] },
        ),
  );
}

export function discussionSection(r: DebriefReport): HTMLElement {
  return sectionAs(
    'discussion-questions-and-observer-notes',
    t('viewer.discussion.title'),
    ...(r.questions.length === 0
      ? [h('p', null, t('viewer.discussion.none'))]
      : r.questions.flatMap((q) => [
          h('h3', null, q.title),
          h('ul', null, ...q.questions.map((x) => h('li', null, x))),
        ])),
    h('h3', null, t('viewer.discussion.notes')),
    r.notes.length === 0
      ? h('p', null, t('viewer.discussion.noNotes'))
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
    r.events.length > 0 ? h('h3', null, t('viewer.discussion.events')) : null,
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
