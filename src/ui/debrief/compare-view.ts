/** Several teams side by side: scores and endings, where paths parted, meters overlaid. */
import {
  buildChart,
  comparisonToCsv,
  comparisonToMarkdown,
  deadlineTally,
  gridTeamName,
  partialScoreNote,
  teamOverall,
  type Comparison,
} from '../../debrief/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';
import { chartElement, legendElement } from './chart-dom';
import { gridSection, unverifiedSection } from './compare-grid-view';
import { downloadButton } from './downloads';
import { section, table } from './sections';

export function comparisonView(c: Comparison): HTMLElement {
  const cell = (v: number | null | undefined): string =>
    v === null || v === undefined ? t('viewer.compare.na') : String(Math.round(v));
  // An unverified export gets a column that says so, and not one figure.
  const none = c.unverified.map(() => '\u2014');
  const rows: string[][] = [
    [t('viewer.compare.overall'), ...c.teams.map((team) => teamOverall(team, reportTranslator())), ...c.unverified.map(() => t('viewer.compare.noScore'))],
    ...[
      [t('viewer.compare.ending'), ...c.teams.map((team) => `${team.endingTitle}${team.tone ? ` (${toneWords(team.tone)})` : ''}`)],
      [t('viewer.compare.decisions'), ...c.teams.map((team) => cell(team.decisions))],
      [t('viewer.compare.objectives'), ...c.teams.map((team) => cell(team.objectives))],
      ...c.categories.map((cat, i) => [cat.label, ...c.teams.map((t) => cell(t.categories[i]))]),
      ...c.objectives.map((o, i) => [
        t('viewer.compare.objective', { label: o.label }),
        ...c.teams.map((team) => team.ratings[i] ?? t('viewer.compare.notJudged')),
      ]),
      [t('viewer.compare.deadlines'), ...c.teams.map(deadlineTally)],
      [t('viewer.compare.claims'), ...c.teams.map((team) => String(team.claimsContradicted))],
      [t('viewer.compare.minutes'), ...c.teams.map((team) => String(team.minutes))],
    ].map((row) => [...row, ...none]),
  ];
  const heads = [
    '',
    ...c.teams.map((team) => gridTeamName(team, reportTranslator())),
    ...c.unverified.map((u) => t('viewer.compare.unverifiedTeam', { team: u.team || u.source })),
  ];
  const charts = c.meters.map((m) => {
    const model = buildChart(
      m.teams.map((t) => ({ id: t.team, label: t.team, points: t.points, min: m.min, max: m.max })),
      [],
      { width: 760, height: 230 },
    );
    const desc = m.teams
      .map((team) => t('viewer.compare.endedAt', { team: team.team, value: team.points[team.points.length - 1]?.value ?? '?' }))
      .join('; ');
    return h(
      'figure',
      { class: 'crd-figure' },
      h('h3', null, m.label),
      chartElement(model, t('viewer.compare.eachTeam', { meter: m.label }), desc),
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
      h('p', { class: 'crd-kicker' }, t('viewer.compare.kicker')),
      h('h1', { attrs: { tabindex: '-1' } }, c.title),
      h(
        'p',
        { class: 'crd-muted' },
        [
          t('viewer.compare.scenario', { id: c.scenarioId, version: c.version }),
          t('viewer.compare.teams', { count: c.teams.length }),
          c.unverified.length > 0 ? t('viewer.compare.unverifiedCount', { count: c.unverified.length }) : '',
        ]
          .filter(Boolean)
          .join(' \u00b7 '),
      ),
      // Incomplete runs flagged, never ranked beside complete ones as if equal (issue #16, point 9).
      c.teams.some((t) => t.partial) && h('p', { class: 'crd-partial' }, partialScoreNote(reportTranslator())),
      h(
        'div',
        {
          class: 'crd-exports crd-no-print',
          attrs: { role: 'group', 'aria-label': t('viewer.compare.exportLabel') },
        },
        downloadButton(t('viewer.compare.downloadMarkdown'), () => ({
          name: `${slug}-comparison.md`,
          text: comparisonToMarkdown(c, reportTranslator()),
          type: 'text/markdown;charset=utf-8',
        })),
        downloadButton(t('viewer.compare.downloadCsv'), () => ({
          name: `${slug}-comparison.csv`,
          text: comparisonToCsv(c),
          type: 'text/csv;charset=utf-8',
        })),
      ),
    ),
    section(t('viewer.compare.scores'), h('div', { class: 'crd-scroll', attrs: { role: 'region', tabindex: '0', 'aria-label': t('viewer.compare.scoresLabel') } }, table(heads, rows))),
    section(
      t('viewer.compare.diverged'),
      c.divergence
        ? h(
            'div',
            null,
            h('p', null, t('viewer.compare.atDecision', { index: c.divergence.index, beat: c.divergence.beatTitle })),
            h(
              'ul',
              null,
              ...c.divergence.choices.map((x) =>
                h('li', null, h('strong', null, x.team), `: ${x.label}`),
              ),
            ),
          )
        : h('p', null, t('viewer.compare.allSame')),
    ),
    gridSection(c),
    section(t('viewer.compare.meters'), ...charts),
    unverifiedSection(c),
  );
}

/** An ending's tone in words ("good outcome"); a tone the interface does not know stays as written. */
function toneWords(tone: string): string {
  return tone === 'best' || tone === 'good' || tone === 'mixed' || tone === 'poor' || tone === 'worst' ? t(`viewer.ending.${tone}`) : tone;
}
