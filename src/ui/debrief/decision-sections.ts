/** Decision by decision: what the team chose, the rating, the feedback, the meters, the alternatives. */
import type { DebriefReport } from '../../debrief/index';
import { h } from '../dom/h';
import { choiceRating, section } from './sections';
import { t } from '../lang/ui-language';

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
        t('viewer.decisions.chose'),
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
              : d.limit === null
                ? t('viewer.decisions.seconds', { seconds: d.seconds })
                : t('viewer.decisions.secondsOf', { seconds: d.seconds, limit: d.limit }),
            d.expired ? t('viewer.decisions.expired') : '',
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
      d.consequence ? h('p', { class: 'crd-story' }, h('span', { class: 'crd-story-label' }, t('viewer.decisions.happened')), d.consequence) : null,
      d.feedback ? h('p', { class: 'crd-feedback' }, d.feedback) : null,
      d.references.length > 0
        ? h('p', { class: 'crd-muted' }, t('viewer.decisions.references', { references: d.references.join('; ') }))
        : null,
      d.alternatives.length > 0
        ? h(
            'ul',
            { class: 'crd-alternatives', attrs: { 'aria-label': t('viewer.decisions.alternatives') } },
            ...d.alternatives.map((a) =>
              h(
                'li',
                null,
                t('viewer.decisions.alternative'),
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
    t('viewer.decisions.title'),
    r.decisions.length === 0
      ? h('p', null, t('viewer.decisions.none'))
      : h('ol', { class: 'crd-decisions' }, ...items),
  );
}
