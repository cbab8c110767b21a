/**
 * The workshop's design findings: each with a link that puts the caret where to change it, the
 * author's reason when an `allow` silences it, and every surface strategy's outcome.
 */
import type { Analysis, DesignFinding, StrategyRun } from '../../analysis/index';
import { h } from '../dom/h';
import { findingText } from '../../i18n/finding-words';
import { toneText } from '../../i18n/tone-words';
import { t, translator } from '../lang/ui-language';

/** Puts the caret at a character offset of the file, on this line. */
export type Reveal = (offset: number, line: number) => void;

const route = (choices: readonly string[] | null): string => (choices === null ? '' : choices.length === 0 ? t('workshop.design.noChoices') : choices.join(' → '));
const outcome = (run: StrategyRun): string => (run.ending === null ? t('workshop.design.stuck') : `${run.ending} (${run.tone === null ? '' : toneText(run.tone, translator())})`);


function findingItem(finding: DesignFinding, reveal: Reveal): HTMLElement {
  const { line, col, offset } = finding;
  const at =
    line !== null && col !== null && offset !== null
      ? h('button', { class: 'ws-link', attrs: { type: 'button' }, on: { click: () => reveal(offset, line) } }, t('workshop.at', { line: String(line), col: String(col) }))
      : h('span', null, finding.path || t('workshop.design.whole'));
  return h(
    'li',
    { class: `ws-design ${finding.silenced === null ? 'ws-warning-item' : 'ws-silenced'}` },
    at,
    ` ${finding.code} `,
    finding.silenced === null ? null : h('em', null, t('workshop.design.silencedBecause', { reason: finding.silenced })),
    findingText(finding, translator()),
    finding.route ? h('span', { class: 'ws-route' }, t('workshop.design.route', { route: route(finding.route) })) : null,
  );
}

/** "None.", "3.", "None (and 2 silenced by allow)." */
function designCount(open: number, silenced: number): string {
  const shown = open === 0 ? t('workshop.design.none') : t('workshop.design.count', { open });
  return silenced > 0 ? t('workshop.design.silenced', { shown: shown.replace(/\.$/, ''), silenced }) : shown;
}

export function renderDesign(analysis: Analysis, reveal: Reveal): HTMLElement {
  const open = analysis.design.filter((finding) => finding.silenced === null).length;
  const silenced = analysis.design.length - open;
  const strategies = h(
    'table',
    { class: 'ws-table' },
    h('caption', null, t('workshop.design.strategies')),
    h('thead', null, h('tr', null, ...[t('workshop.design.strategy'), t('workshop.design.ending'), t('workshop.design.score'), t('workshop.design.finding')].map((title) => h('th', { attrs: { scope: 'col' } }, title)))),
    h(
      'tbody',
      null,
      ...analysis.strategies.map((s) =>
        h(
          'tr',
          { class: s.wins ? 'ws-row-finding' : '' },
          h('th', { attrs: { scope: 'row', title: findingText({ message: s.description, words: s.descriptionWords }, translator()) } }, s.strategy),
          h('td', null, s.playthroughs > 1 ? t('workshop.design.range', { from: outcome(s.worst), to: outcome(s.best) }) : outcome(s.best)),
          h('td', null, s.playthroughs > 1 ? t('workshop.design.range', { from: String(s.worst.score), to: String(s.best.score) }) : String(s.best.score)),
          h('td', null, s.wins ? s.code : t('workshop.design.no')),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'ws-summary-section', attrs: { 'aria-label': t('workshop.design.title') } },
    h('h3', null, t('workshop.design.title')),
    h('p', { class: open === 0 ? 'ws-ok' : 'ws-bad' }, designCount(open, silenced)),
    analysis.design.length === 0 ? null : h('ul', { attrs: { 'aria-label': t('workshop.design.title') } }, ...analysis.design.map((finding) => findingItem(finding, reveal))),
    strategies,
  );
}
