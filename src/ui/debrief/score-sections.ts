/** The score (overall, parts, categories, HSEEP ratings with evidence) and the meter chart. */
import { buildChart, evidenceTally, limitLines, partialScoreNote, type DebriefReport } from '../../debrief/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';
import { chartElement, legendElement, toggledTable } from './chart-dom';
import { section, table } from './sections';
import { criticalTasks } from './case-sections';

function barFill(percent: number): HTMLElement {
  const fill = h('span', { class: 'crd-bar__fill' });
  // CSSOM, not a style attribute: allowed under any style-src policy.
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return fill;
}

export function scoreSection(r: DebriefReport): HTMLElement {
  const s = r.score;
  const partial = s.partial === true;
  const part = (label: string, weight: string, value: number | null): HTMLElement =>
    h(
      'div',
      { class: 'crd-score-part' },
      h('span', null, label),
      h('strong', null, value === null ? t('viewer.score.notCounted') : String(Math.round(value))),
      h('span', { class: 'crd-muted' }, t('viewer.score.weight', { weight })),
    );
  const bars = s.categories.map((c) =>
    h(
      'li',
      null,
      h('span', { class: 'crd-bar-label' }, c.label),
      h('span', { class: 'crd-bar', attrs: { 'aria-hidden': 'true' } }, barFill(c.points ?? 0)),
      h(
        'span',
        { class: 'crd-bar-value' },
        c.points === null
          ? t('viewer.score.noDecisions')
          : t('viewer.score.points', { points: Math.round(c.points), count: c.decisions }),
      ),
    ),
  );
  const objectives = s.rubric.map((o) =>
    h(
      'li',
      { class: 'crd-objective' },
      h(
        'p',
        null,
        h(
          'span',
          o.unjudged === true
            ? { class: 'crd-rating', attrs: { title: t('viewer.score.notJudged') } }
            : { class: `crd-rating crd-rating--${o.rating}`, attrs: { title: t(`viewer.hseep.${o.rating}`) } },
          o.unjudged === true ? '–' : o.rating,
        ),
        ' ',
        h('strong', null, o.label),
        ' ',
        h(
          'span',
          { class: 'crd-muted' },
          o.unjudged === true
            ? `${o.capability} · ${evidenceTally(o, reportTranslator())}`
            : `${o.capability} · ${t(`viewer.hseep.${o.rating}`)} · ${evidenceTally(o, reportTranslator())}`,
        ),
      ),
      h(
        'ul',
        { class: 'crd-evidence' },
        ...o.evidence.map((e) =>
          h(
            'li',
            // An item a run ended early could not settle is neither: its detail says "Not judged".
            { class: e.unjudged === true ? 'crd-unjudged' : e.satisfied ? 'crd-yes' : 'crd-no' },
            e.unjudged === true
              ? null
              : h('span', { class: 'crd-visually-hidden' }, e.satisfied ? t('viewer.score.satisfied') : t('viewer.score.notSatisfied')),
            h('span', { attrs: { 'aria-hidden': 'true' } }, e.unjudged === true ? '– ' : e.satisfied ? '✔ ' : '✘ '),
            `${e.label}. `,
            h('span', { class: 'crd-muted' }, e.detail),
          ),
        ),
      ),
      criticalTasks(o.criticalTasks),
    ),
  );
  return section(
    t('viewer.score.title'),
    h(
      'div',
      { class: 'crd-scorecard' },
      h(
        'div',
        { class: 'crd-score-overall' },
        h('span', null, t('viewer.score.overall')),
        h('strong', null, String(s.overall)),
        h('span', { class: 'crd-muted' }, partial ? t('viewer.score.of100Partial', { mark: reportTranslator().t('debrief.partial.mark') }) : t('viewer.score.of100')),
      ),
      part(t('viewer.score.decisions'), '50%', s.decisions),
      part(t('viewer.score.objectives'), '30%', s.objectives),
      part(t('viewer.score.ending'), '20%', partial ? null : s.ending),
    ),
    partial ? h('p', { class: 'crd-partial' }, h('strong', null, partialScoreNote(reportTranslator()))) : null,
    h('h3', null, t('viewer.score.byCategory')),
    h('ul', { class: 'crd-bars' }, ...bars),
    s.rubric.length > 0 ? h('h3', null, t('viewer.score.rubric')) : null,
    s.rubric.length > 0 ? h('ul', { class: 'crd-objectives' }, ...objectives) : null,
  );
}

export function meterSection(r: DebriefReport): HTMLElement {
  const model = buildChart(
    r.meters.map((m) => ({ id: m.id, label: m.label, points: m.points, min: m.min, max: m.max })),
    r.decisions.map((d) => ({
      time: d.time,
      label: String(d.index),
      title: `${d.index}. ${d.beatTitle}: ${d.label} (${d.timeLabel})`,
    })),
  );
  const lines = r.meters.map((m) => t('viewer.meters.desc', { meter: m.label, start: m.start, end: m.final })).join('; ');
  const desc = t('viewer.meters.descEnd', { lines, count: r.decisions.length });
  const times = [...new Set(r.meters.flatMap((m) => m.points.map((p) => p.time)))].sort(
    (a, b) => a - b,
  );
  const valueAt = (points: DebriefReport['meters'][number]['points'], t: number): number | string =>
    [...points].reverse().find((p) => p.time <= t)?.value ?? '';
  const data = table(
    [t('viewer.meters.hour'), ...r.meters.map((m) => m.label), t('viewer.meters.decisionsAt')],
    times.map((t) => [
      String(t),
      ...r.meters.map((m) => String(valueAt(m.points, t))),
      r.decisions
        .filter((d) => d.time === t)
        .map((d) => `${d.index}. ${d.label}`)
        .join('; '),
    ]),
    { numeric: [0, ...r.meters.map((_, i) => i + 1)], caption: t('viewer.meters.caption') },
  );
  return section(
    t('viewer.meters.title'),
    h(
      'figure',
      { class: 'crd-figure' },
      chartElement(model, t('viewer.meters.chart'), desc),
      legendElement(model),
      h(
        'figcaption',
        { class: 'crd-muted' },
        // The model's own title is the English exports' word; the page words its scale in its language.
        t('viewer.meters.figcaption', { y: t(model.yScale === 'value' ? 'viewer.meters.axis.value' : 'viewer.meters.axis.range') }),
      ),
    ),
    toggledTable(t('viewer.meters.data'), data),
    table(
      [t('viewer.meters.meter'), t('viewer.meters.start'), t('viewer.meters.end'), t('viewer.meters.band'), t('viewer.meters.good')],
      r.meters.map((m) => [
        m.label,
        String(m.start),
        String(m.final),
        m.finalBand,
        m.good === 'high' ? t('viewer.meters.high') : t('viewer.meters.low'),
      ]),
      { numeric: [1, 2] },
    ),
    ...limitLines(r, reportTranslator()).map((line) => h('p', { class: 'crd-limit' }, line)),
  );
}
