/** Several teams side by side: scores and endings, where paths parted, meters overlaid. */
import {
  buildChart,
  comparisonToCsv,
  comparisonToMarkdown,
  deadlineTally,
  gridTeamName,
  PARTIAL_SCORE_NOTE,
  teamOverall,
  type Comparison,
} from '../../debrief/index';
import { h } from '../dom/h';
import { chartElement, legendElement } from './chart-dom';
import { gridSection, unverifiedSection } from './compare-grid-view';
import { downloadButton } from './downloads';
import { section, table } from './sections';

export function comparisonView(c: Comparison): HTMLElement {
  const cell = (v: number | null | undefined): string =>
    v === null || v === undefined ? 'n/a' : String(Math.round(v));
  // An unverified export gets a column that says so, and not one figure.
  const none = c.unverified.map(() => '\u2014');
  const rows: string[][] = [
    ['Overall score', ...c.teams.map(teamOverall), ...c.unverified.map(() => 'No score: unverified')],
    ...[
      ['Ending', ...c.teams.map((t) => `${t.endingTitle}${t.tone ? ` (${t.tone})` : ''}`)],
      ['Decisions', ...c.teams.map((t) => cell(t.decisions))],
      ['Objectives', ...c.teams.map((t) => cell(t.objectives))],
      ...c.categories.map((cat, i) => [cat.label, ...c.teams.map((t) => cell(t.categories[i]))]),
      ...c.objectives.map((o, i) => [
        `Objective: ${o.label}`,
        ...c.teams.map((t) => t.ratings[i] ?? 'not judged'),
      ]),
      ['Deadlines met / deficient / missed', ...c.teams.map(deadlineTally)],
      ['Claims contradicted', ...c.teams.map((t) => String(t.claimsContradicted))],
      ['Minutes played', ...c.teams.map((t) => String(t.minutes))],
    ].map((row) => [...row, ...none]),
  ];
  const heads = [
    '',
    ...c.teams.map(gridTeamName),
    ...c.unverified.map((u) => `${u.team || u.source} (unverified)`),
  ];
  const charts = c.meters.map((m) => {
    const model = buildChart(
      m.teams.map((t) => ({ id: t.team, label: t.team, points: t.points, min: m.min, max: m.max })),
      [],
      { width: 760, height: 230 },
    );
    const desc = m.teams
      .map((t) => `${t.team} ended at ${t.points[t.points.length - 1]?.value ?? '?'}`)
      .join('; ');
    return h(
      'figure',
      { class: 'crd-figure' },
      h('h3', null, m.label),
      chartElement(model, `${m.label}, each team`, desc),
      legendElement(model),
    );
  });
  const slug = c.scenarioId.replace(/[^a-z0-9_-]/gi, '');
  return h(
    'article',
    { class: 'crd-report' },
    h(
      'header',
      { class: 'crd-header' },
      h('p', { class: 'crd-kicker' }, 'Team comparison'),
      h('h1', { attrs: { tabindex: '-1' } }, c.title),
      h(
        'p',
        { class: 'crd-muted' },
        [
          `Scenario ${c.scenarioId}, version ${c.version}`,
          `${c.teams.length} teams`,
          c.unverified.length > 0 ? `${c.unverified.length} unverified, not scored` : '',
        ]
          .filter(Boolean)
          .join(' \u00b7 '),
      ),
      // Incomplete runs flagged, never ranked beside complete ones as if equal (issue #16, point 9).
      c.teams.some((t) => t.partial) && h('p', { class: 'crd-partial' }, PARTIAL_SCORE_NOTE),
      h(
        'div',
        {
          class: 'crd-exports crd-no-print',
          attrs: { role: 'group', 'aria-label': 'Export the comparison' },
        },
        downloadButton('Download Markdown', () => ({
          name: `${slug}-comparison.md`,
          text: comparisonToMarkdown(c),
          type: 'text/markdown;charset=utf-8',
        })),
        downloadButton('Download CSV', () => ({
          name: `${slug}-comparison.csv`,
          text: comparisonToCsv(c),
          type: 'text/csv;charset=utf-8',
        })),
      ),
    ),
    section('Scores and endings', h('div', { class: 'crd-scroll', attrs: { role: 'region', tabindex: '0', 'aria-label': 'Scores and endings, team by team' } }, table(heads, rows))),
    section(
      'Where the paths diverged',
      c.divergence
        ? h(
            'div',
            null,
            h('p', null, `At decision ${c.divergence.index}, "${c.divergence.beatTitle}":`),
            h(
              'ul',
              null,
              ...c.divergence.choices.map((x) =>
                h('li', null, h('strong', null, x.team), `: ${x.label}`),
              ),
            ),
          )
        : h('p', null, 'All teams made the same decisions.'),
    ),
    gridSection(c),
    section('Meters, team by team', ...charts),
    unverifiedSection(c),
  );
}
