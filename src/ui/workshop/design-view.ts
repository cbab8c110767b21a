/**
 * The workshop's design findings: each with a link that puts the caret where to change it, the
 * author's reason when an `allow` silences it, and every surface strategy's outcome.
 */
import type { Analysis, DesignFinding, StrategyRun } from '../../analysis/index';
import { h } from '../dom/h';

/** Puts the caret at a character offset of the file, on this line. */
export type Reveal = (offset: number, line: number) => void;

const route = (choices: readonly string[] | null): string => (choices === null ? '' : choices.length === 0 ? '(no choices)' : choices.join(' → '));
const outcome = (run: StrategyRun): string => (run.ending === null ? 'stuck' : `${run.ending} (${run.tone})`);

function findingItem(finding: DesignFinding, reveal: Reveal): HTMLElement {
  const { line, col, offset } = finding;
  const at =
    line !== null && col !== null && offset !== null
      ? h('button', { class: 'ws-link', attrs: { type: 'button' }, on: { click: () => reveal(offset, line) } }, `Line ${line}, column ${col}`)
      : h('span', null, finding.path || 'Whole scenario');
  return h(
    'li',
    { class: `ws-design ${finding.silenced === null ? 'ws-warning-item' : 'ws-silenced'}` },
    at,
    ` ${finding.code} `,
    finding.silenced === null ? null : h('em', null, `silenced: ${finding.silenced}. `),
    finding.message,
    finding.route ? h('span', { class: 'ws-route' }, ` Route: ${route(finding.route)}`) : null,
  );
}

export function renderDesign(analysis: Analysis, reveal: Reveal): HTMLElement {
  const open = analysis.design.filter((finding) => finding.silenced === null).length;
  const silenced = analysis.design.length - open;
  const strategies = h(
    'table',
    { class: 'ws-table' },
    h('caption', null, 'Surface strategies'),
    h('thead', null, h('tr', null, ...['Strategy', 'Ending', 'Score', 'Finding'].map((title) => h('th', { attrs: { scope: 'col' } }, title)))),
    h(
      'tbody',
      null,
      ...analysis.strategies.map((s) =>
        h(
          'tr',
          { class: s.wins ? 'ws-row-finding' : '' },
          h('th', { attrs: { scope: 'row', title: s.description } }, s.strategy),
          h('td', null, s.playthroughs > 1 ? `${outcome(s.worst)} to ${outcome(s.best)}` : outcome(s.best)),
          h('td', null, s.playthroughs > 1 ? `${s.worst.score} to ${s.best.score}` : String(s.best.score)),
          h('td', null, s.wins ? s.code : 'no'),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'ws-summary-section', attrs: { 'aria-label': 'Design findings' } },
    h('h3', null, 'Design findings'),
    h('p', { class: open === 0 ? 'ws-ok' : 'ws-bad' }, `${open === 0 ? 'None' : open}${silenced > 0 ? ` (and ${silenced} silenced by allow)` : ''}.`),
    analysis.design.length === 0 ? null : h('ul', { attrs: { 'aria-label': 'Design findings' } }, ...analysis.design.map((finding) => findingItem(finding, reveal))),
    strategies,
  );
}
