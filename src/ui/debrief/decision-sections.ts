/** Decision by decision: what the team chose, the rating, the feedback, the meters, the alternatives. */
import type { DebriefReport } from '../../debrief/index';
import { h } from '../dom/h';
import { choiceRating, section } from './sections';

export function decisionsSection(r: DebriefReport): HTMLElement {
  const items = r.decisions.map((d) =>
    h(
      'li',
      { class: `crd-decision crd-decision--${d.rating ?? 'none'}` },
      h('h3', null, `${d.index}. ${d.beatTitle}`),
      d.prompt ? h('p', { class: 'crd-muted' }, d.prompt) : null,
      h(
        'p',
        null,
        'Chose ',
        h('strong', null, d.label),
        ' ',
        choiceRating(d.rating),
        ' ',
        h(
          'span',
          { class: 'crd-muted' },
          [
            d.categoryLabel,
            d.timeLabel,
            d.seconds === null
              ? ''
              : `decided in ${d.seconds} s${d.limit === null ? '' : ` of ${d.limit} s`}`,
            d.expired ? 'time ran out: the default was taken' : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
      d.meterChanges.length > 0
        ? h(
            'p',
            { class: 'crd-changes' },
            ...d.meterChanges.map((c) =>
              h(
                'span',
                {
                  class: `crd-change ${c.to - c.from >= 0 ? 'crd-change--up' : 'crd-change--down'}`,
                },
                `${c.label} ${c.from} → ${c.to} (${c.causeLabel})`,
              ),
            ),
          )
        : null,
      d.consequence ? h('p', { class: 'crd-story' }, h('span', { class: 'crd-story-label' }, 'What happened: '), d.consequence) : null,
      d.feedback ? h('p', { class: 'crd-feedback' }, d.feedback) : null,
      d.references.length > 0
        ? h('p', { class: 'crd-muted' }, `References: ${d.references.join('; ')}`)
        : null,
      d.alternatives.length > 0
        ? h(
            'ul',
            { class: 'crd-alternatives', attrs: { 'aria-label': 'The alternatives' } },
            ...d.alternatives.map((a) =>
              h(
                'li',
                null,
                'Alternative: ',
                h('strong', null, a.label),
                ' ',
                choiceRating(a.rating),
                ' ',
                a.feedback,
              ),
            ),
          )
        : null,
    ),
  );
  return section(
    'Decision by decision',
    r.decisions.length === 0
      ? h('p', null, 'No decisions were taken.')
      : h('ol', { class: 'crd-decisions' }, ...items),
  );
}
