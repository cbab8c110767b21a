/** The score (overall, parts, categories, HSEEP ratings with evidence) and the meter chart. */
import { buildChart, evidenceTally, limitLines, PARTIAL_MARK, PARTIAL_SCORE_NOTE, RATING_WORDS, type DebriefReport } from '../../debrief/index';
import { h } from '../dom/h';
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
      h('strong', null, value === null ? 'not counted' : String(Math.round(value))),
      h('span', { class: 'crd-muted' }, `weight ${weight}`),
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
          ? 'no decisions'
          : `${Math.round(c.points)} (${c.decisions} decision${c.decisions === 1 ? '' : 's'})`,
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
            ? { class: 'crd-rating', attrs: { title: 'Not judged' } }
            : { class: `crd-rating crd-rating--${o.rating}`, attrs: { title: RATING_WORDS[o.rating] } },
          o.unjudged === true ? '–' : o.rating,
        ),
        ' ',
        h('strong', null, o.label),
        ' ',
        h(
          'span',
          { class: 'crd-muted' },
          o.unjudged === true
            ? `${o.capability} · ${evidenceTally(o)}`
            : `${o.capability} · ${RATING_WORDS[o.rating]} · ${evidenceTally(o)}`,
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
              : h('span', { class: 'crd-visually-hidden' }, e.satisfied ? 'Satisfied: ' : 'Not satisfied: '),
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
    'Score',
    h(
      'div',
      { class: 'crd-scorecard' },
      h(
        'div',
        { class: 'crd-score-overall' },
        h('span', null, 'Overall'),
        h('strong', null, String(s.overall)),
        h('span', { class: 'crd-muted' }, partial ? `of 100 (${PARTIAL_MARK})` : 'of 100'),
      ),
      part('Decisions', '50%', s.decisions),
      part('Objectives', '30%', s.objectives),
      part('Ending', '20%', partial ? null : s.ending),
    ),
    partial ? h('p', { class: 'crd-partial' }, h('strong', null, PARTIAL_SCORE_NOTE)) : null,
    h('h3', null, 'By move category'),
    h('ul', { class: 'crd-bars' }, ...bars),
    s.rubric.length > 0 ? h('h3', null, 'Objectives (HSEEP ratings)') : null,
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
  const desc = `${r.meters.map((m) => `${m.label} went from ${m.start} to ${m.final}`).join('; ')}. Numbered lines mark decisions 1 to ${r.decisions.length}.`;
  const times = [...new Set(r.meters.flatMap((m) => m.points.map((p) => p.time)))].sort(
    (a, b) => a - b,
  );
  const valueAt = (points: DebriefReport['meters'][number]['points'], t: number): number | string =>
    [...points].reverse().find((p) => p.time <= t)?.value ?? '';
  const data = table(
    ['In-game hour', ...r.meters.map((m) => m.label), 'Decisions at this hour'],
    times.map((t) => [
      String(t),
      ...r.meters.map((m) => String(valueAt(m.points, t))),
      r.decisions
        .filter((d) => d.time === t)
        .map((d) => `${d.index}. ${d.label}`)
        .join('; '),
    ]),
    { numeric: [0, ...r.meters.map((_, i) => i + 1)], caption: 'Meter values over in-game time' },
  );
  return section(
    'Meters over the exercise',
    h(
      'figure',
      { class: 'crd-figure' },
      chartElement(model, 'Meters over in-game time', desc),
      legendElement(model),
      h(
        'figcaption',
        { class: 'crd-muted' },
        `In-game hours across, ${model.yTitle} up. The numbered lines are the decisions below; hover one for its name.`,
      ),
    ),
    toggledTable('the meter data', data),
    table(
      ['Meter', 'Start', 'End', 'Band at the end', 'Good end'],
      r.meters.map((m) => [
        m.label,
        String(m.start),
        String(m.final),
        m.finalBand,
        m.good === 'high' ? 'high' : 'low',
      ]),
      { numeric: [1, 2] },
    ),
    ...limitLines(r).map((line) => h('p', { class: 'crd-limit' }, line)),
  );
}
