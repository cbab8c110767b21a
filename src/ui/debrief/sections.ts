/**
 * The report's sections as DOM, one function each. Every string from the report becomes a text
 * node through `h`, so scenario and team text can never turn into markup.
 */
import { buildChart, type DebriefReport, type DecisionRecord, type ObjectiveRating, type Observation } from '../../debrief/index';
import { h, type Child } from '../dom/h';
import { chartElement, legendElement, toggledTable } from './chart-dom';

const RATING_WORDS: Readonly<Record<ObjectiveRating, string>> = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
};
const CHOICE_WORDS = { recommended: 'Recommended', acceptable: 'Acceptable', harmful: 'Harmful' } as const;
const STATUS_WORDS = { idle: 'Never started', running: 'Still open at the end', met: 'Met', missed: 'Missed' } as const;

let sections = 0;

/** A titled section, labelled by its heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  const id = `crd-s-${++sections}`;
  return h('section', { class: 'crd-section', attrs: { 'aria-labelledby': id } }, h('h2', { attrs: { id } }, title), ...children);
}

export function table(head: readonly string[], rows: readonly (readonly Child[])[], options: { numeric?: readonly number[]; nowrap?: readonly number[]; caption?: string; rowClass?: (i: number) => string } = {}): HTMLTableElement {
  const num = options.numeric ?? [];
  const cls = (i: number): string => [num.includes(i) ? 'crd-num' : '', options.nowrap?.includes(i) ? 'crd-nowrap' : ''].join(' ').trim();
  return h(
    'table',
    { class: 'crd-table' },
    options.caption ? h('caption', { class: 'crd-visually-hidden' }, options.caption) : null,
    h('thead', null, h('tr', null, ...head.map((x, i) => h('th', { class: cls(i), attrs: { scope: 'col' } }, x)))),
    h('tbody', null, ...rows.map((r, ri) => h('tr', { class: options.rowClass?.(ri) ?? '' }, ...r.map((c, i) => h('td', { class: cls(i) }, c))))),
  );
}

export function choiceRating(rating: DecisionRecord['rating']): HTMLElement {
  return h('span', { class: `crd-badge crd-badge--${rating ?? 'none'}` }, rating ? CHOICE_WORDS[rating] : 'Unrated');
}

function barFill(percent: number): HTMLElement {
  const fill = h('span', { class: 'crd-bar__fill' });
  // CSSOM, not a style attribute: allowed under any style-src policy.
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return fill;
}

export function endingSection(r: DebriefReport): HTMLElement {
  if (!r.ending) return section('How it ended', h('p', null, 'The exercise was ended before the story reached an ending.'));
  return section('How it ended', h('p', { class: 'crd-ending-title' }, r.ending.title, ' ', h('span', { class: `crd-tone crd-tone--${r.ending.tone}` }, `${r.ending.tone} outcome`)), h('p', { class: 'crd-epilogue' }, r.ending.epilogue));
}

export function scoreSection(r: DebriefReport): HTMLElement {
  const s = r.score;
  const part = (label: string, weight: string, value: number): HTMLElement => h('div', { class: 'crd-score-part' }, h('span', null, label), h('strong', null, String(Math.round(value))), h('span', { class: 'crd-muted' }, `weight ${weight}`));
  const bars = s.categories.map((c) =>
    h(
      'li',
      null,
      h('span', { class: 'crd-bar-label' }, c.label),
      h('span', { class: 'crd-bar', attrs: { 'aria-hidden': 'true' } }, barFill(c.points ?? 0)),
      h('span', { class: 'crd-bar-value' }, c.points === null ? 'no decisions' : `${Math.round(c.points)} (${c.decisions} decision${c.decisions === 1 ? '' : 's'})`),
    ),
  );
  const objectives = s.rubric.map((o) =>
    h(
      'li',
      { class: 'crd-objective' },
      h('p', null, h('span', { class: `crd-rating crd-rating--${o.rating}`, attrs: { title: RATING_WORDS[o.rating] } }, o.rating), ' ', h('strong', null, o.label), ' ', h('span', { class: 'crd-muted' }, `${o.capability} · ${RATING_WORDS[o.rating]} · ${o.satisfied} of ${o.total} evidence items`)),
      h('ul', { class: 'crd-evidence' }, ...o.evidence.map((e) => h('li', { class: e.satisfied ? 'crd-yes' : 'crd-no' }, h('span', { class: 'crd-visually-hidden' }, e.satisfied ? 'Satisfied: ' : 'Not satisfied: '), h('span', { attrs: { 'aria-hidden': 'true' } }, e.satisfied ? '✔ ' : '✘ '), `${e.label}. `, h('span', { class: 'crd-muted' }, e.detail)))),
    ),
  );
  return section(
    'Score',
    h('div', { class: 'crd-scorecard' }, h('div', { class: 'crd-score-overall' }, h('span', null, 'Overall'), h('strong', null, String(s.overall)), h('span', { class: 'crd-muted' }, 'of 100')), part('Decisions', '50%', s.decisions), part('Objectives', '30%', s.objectives), part('Ending', '20%', s.ending)),
    h('h3', null, 'By move category'),
    h('ul', { class: 'crd-bars' }, ...bars),
    s.rubric.length > 0 ? h('h3', null, 'Objectives (HSEEP ratings)') : null,
    s.rubric.length > 0 ? h('ul', { class: 'crd-objectives' }, ...objectives) : null,
  );
}

export function meterSection(r: DebriefReport): HTMLElement {
  const model = buildChart(
    r.meters.map((m) => ({ id: m.id, label: m.label, points: m.points, min: m.min, max: m.max })),
    r.decisions.map((d) => ({ time: d.time, label: String(d.index), title: `${d.index}. ${d.beatTitle}: ${d.label} (${d.timeLabel})` })),
  );
  const desc = `${r.meters.map((m) => `${m.label} went from ${m.start} to ${m.final}`).join('; ')}. Numbered lines mark decisions 1 to ${r.decisions.length}.`;
  const times = [...new Set(r.meters.flatMap((m) => m.points.map((p) => p.time)))].sort((a, b) => a - b);
  const valueAt = (points: DebriefReport['meters'][number]['points'], t: number): number | string => [...points].reverse().find((p) => p.time <= t)?.value ?? '';
  const data = table(['In-game hour', ...r.meters.map((m) => m.label), 'Decisions at this hour'], times.map((t) => [String(t), ...r.meters.map((m) => String(valueAt(m.points, t))), r.decisions.filter((d) => d.time === t).map((d) => `${d.index}. ${d.label}`).join('; ')]), { numeric: [0, ...r.meters.map((_, i) => i + 1)], caption: 'Meter values over in-game time' });
  return section(
    'Meters over the exercise',
    h('figure', { class: 'crd-figure' }, chartElement(model, 'Meters over in-game time', desc), legendElement(model), h('figcaption', { class: 'crd-muted' }, `In-game hours across, ${model.yTitle} up. The numbered lines are the decisions below; hover one for its name.`)),
    toggledTable('the meter data', data),
    table(['Meter', 'Start', 'End', 'Band at the end', 'Good end'], r.meters.map((m) => [m.label, String(m.start), String(m.final), m.finalBand, m.good === 'high' ? 'high' : 'low']), { numeric: [1, 2] }),
  );
}

export function decisionsSection(r: DebriefReport): HTMLElement {
  const items = r.decisions.map((d) =>
    h(
      'li',
      { class: `crd-decision crd-decision--${d.rating ?? 'none'}` },
      h('h3', null, `${d.index}. ${d.beatTitle}`),
      d.prompt ? h('p', { class: 'crd-muted' }, d.prompt) : null,
      h('p', null, 'Chose ', h('strong', null, d.label), ' ', choiceRating(d.rating), ' ', h('span', { class: 'crd-muted' }, [d.categoryLabel, d.timeLabel, d.seconds === null ? '' : `decided in ${d.seconds} s${d.limit === null ? '' : ` of ${d.limit} s`}`, d.expired ? 'time ran out: the default was taken' : ''].filter(Boolean).join(' · '))),
      d.meterChanges.length > 0 ? h('p', { class: 'crd-changes' }, ...d.meterChanges.map((c) => h('span', { class: `crd-change ${c.to - c.from >= 0 ? 'crd-change--up' : 'crd-change--down'}` }, `${c.label} ${c.from} → ${c.to} (${c.causeLabel})`))) : null,
      d.feedback ? h('p', { class: 'crd-feedback' }, d.feedback) : null,
      d.references.length > 0 ? h('p', { class: 'crd-muted' }, `References: ${d.references.join('; ')}`) : null,
      d.alternatives.length > 0 ? h('ul', { class: 'crd-alternatives', attrs: { 'aria-label': 'The alternatives' } }, ...d.alternatives.map((a) => h('li', null, 'Alternative: ', h('strong', null, a.label), ' ', choiceRating(a.rating), ' ', a.feedback))) : null,
    ),
  );
  return section('Decision by decision', r.decisions.length === 0 ? h('p', null, 'No decisions were taken.') : h('ol', { class: 'crd-decisions' }, ...items));
}

export function claimsSection(r: DebriefReport): HTMLElement {
  const n = (x: number): string => x.toLocaleString('en-US');
  if (r.claims.length === 0) return section('Claims against the facts', h('p', null, 'The team made no public claims about figures.'));
  return section(
    'Claims against the facts',
    table(
      ['What was said', 'When', 'Confidence', 'Said', 'As it turned out', 'Contradicted?'],
      r.claims.map((c) => [`${c.factLabel}: ${c.statement || c.choiceLabel}`, c.timeLabel, c.confidence, `${n(c.claimed)} ${c.unit}`, `${n(c.actual)} ${c.unit}`, c.contradicted ? `Yes, ${c.contradicted.timeLabel}` : 'No']),
      { rowClass: (i) => (r.claims[i]?.contradicted ? 'crd-row--bad' : '') },
    ),
  );
}

export function deadlinesSection(r: DebriefReport): HTMLElement {
  if (r.deadlines.length === 0) return section('Deadlines', h('p', null, 'The scenario has no deadlines.'));
  return section(
    'Deadlines',
    table(
      ['Deadline', 'Rule', 'Status', 'Clock started', 'Due', 'Resolved'],
      r.deadlines.map((d) => [d.label, d.reference, STATUS_WORDS[d.status], d.startedLabel || '—', d.dueLabel || '—', d.resolvedLabel || '—']),
      { rowClass: (i) => (r.deadlines[i]?.status === 'met' ? 'crd-row--good' : r.deadlines[i]?.status === 'idle' ? '' : 'crd-row--bad') },
    ),
  );
}

export function observationsSection(r: DebriefReport): HTMLElement {
  const list = (items: readonly Observation[]): HTMLElement =>
    items.length === 0 ? h('p', null, 'None drafted.') : h('ul', { class: 'crd-observations' }, ...items.map((o) => h('li', null, h('strong', null, o.title), o.capability ? h('span', { class: 'crd-muted' }, ` (${o.capability})`) : null, h('br'), o.analysis)));
  return section(
    'Strengths and areas for improvement',
    h('p', { class: 'crd-muted' }, 'Drafted from the ratings for the facilitator to confirm or edit, as in an HSEEP after-action report.'),
    h('h3', null, 'Strengths'),
    list(r.strengths),
    h('h3', null, 'Areas for improvement'),
    list(r.improvements),
    h('h3', null, 'Improvement plan'),
    r.improvementPlan.length === 0 ? h('p', null, 'No corrective actions drafted.') : table(['Issue', 'Corrective action', 'Capability', 'Owner', 'Due'], r.improvementPlan.map((p) => [p.issue, p.action, p.capability, p.owner, p.due]), { nowrap: [4] }),
  );
}

export function discussionSection(r: DebriefReport): HTMLElement {
  return section(
    'Discussion questions and observer notes',
    ...(r.questions.length === 0 ? [h('p', null, 'No discussion questions for the beats played.')] : r.questions.flatMap((q) => [h('h3', null, q.title), h('ul', null, ...q.questions.map((x) => h('li', null, x)))])),
    h('h3', null, 'Observer notes'),
    r.notes.length === 0 ? h('p', null, 'No notes were taken.') : h('ul', { class: 'crd-notes' }, ...r.notes.map((n) => h('li', null, h('span', { class: 'crd-muted' }, `${n.timeLabel}, ${n.beatTitle}: `), n.text))),
    r.events.length > 0 ? h('h3', null, 'What the facilitator did') : null,
    r.events.length > 0 ? h('ul', { class: 'crd-notes' }, ...r.events.map((e) => h('li', null, h('span', { class: 'crd-muted' }, `${e.timeLabel}: `), e.detail))) : null,
  );
}
