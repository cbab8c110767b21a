/** The analysis summary of the workshop: endings, what is unreachable, findings, score range. */
import type { Analysis } from '../../analysis/index';
import { h } from '../dom/h';
import { t, translator } from '../lang/ui-language';
import { findingText } from '../../i18n/finding-words';
import { toneText } from '../../i18n/tone-words';
import { findingLines, textLines } from './summary-lines';

const route = (path: readonly string[] | null): string => (path === null ? '' : path.length === 0 ? t('workshop.design.noChoices') : path.join(' → '));
const list = (items: readonly string[]): string => (items.length === 0 ? t('workshop.summary.none') : items.join(', '));

function section(title: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'ws-summary-section' }, h('h3', null, title), ...children);
}

export function renderSummary(analysis: Analysis, ms: number): HTMLElement {
  const { unreachable } = analysis;
  const problems = unreachable.beats.length + unreachable.choices.length + unreachable.endings.length + analysis.deadEnds.length;
  const headline = h(
    'p',
    { class: `ws-verdict ${problems === 0 ? 'ws-ok' : 'ws-bad'}` },
    problems === 0
      ? analysis.complete
        ? t('workshop.summary.allGood')
        : analysis.alwaysEnds.proven
          ? t('workshop.summary.allReachedProven')
          : t('workshop.summary.allReached')
      : t(analysis.complete ? 'workshop.summary.problemsUnreachable' : 'workshop.summary.problemsNotFound', { problems }),
  );
  const facts = h(
    'p',
    { class: 'ws-facts' },
    t('workshop.summary.states', { states: analysis.states, transitions: analysis.transitions }),
    analysis.paths.total !== null ? t('workshop.summary.playthroughs', { count: translator().number(analysis.paths.total) }) : '',
    ` · ${Math.round(ms)} ms`,
  );
  const partial = analysis.capMessage
    ? h('p', { class: 'ws-warning', attrs: { role: 'note' } }, findingText({ message: analysis.capMessage, ...(analysis.capWords && { words: analysis.capWords }) }, translator()))
    : null;

  const endings = h(
    'table',
    { class: 'ws-table' },
    h('caption', null, t('workshop.summary.endings')),
    h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, t('workshop.design.ending')), h('th', { attrs: { scope: 'col' } }, t('workshop.summary.reachable')), h('th', { attrs: { scope: 'col' } }, analysis.complete ? t('workshop.summary.shortest') : t('workshop.summary.aRoute')))),
    h(
      'tbody',
      null,
      ...analysis.endings.map((ending) =>
        h(
          'tr',
          { class: ending.reachable ? '' : 'ws-row-bad' },
          h('th', { attrs: { scope: 'row' } }, `${ending.id} (${toneText(ending.tone, translator())})`),
          h('td', null, ending.reachable ? (ending.paths !== null ? t(ending.paths === 1n ? 'workshop.summary.oneWay' : 'workshop.summary.ways', { count: translator().number(ending.paths) }) : t('workshop.summary.yes')) : t('workshop.summary.no')),
          h('td', { class: 'ws-route' }, route(ending.shortestPath)),
        ),
      ),
    ),
  );

  const never = analysis.complete ? 'unreachable' : 'notFound';
  const dead = section(
    t('workshop.summary.dead'),
    h('p', null, t(`workshop.summary.${never}Beats`, { list: list(unreachable.beats) })),
    h('p', null, t(`workshop.summary.${never}Choices`, { list: list(unreachable.choices) })),
    h('p', null, t('workshop.summary.neverFire', { list: list(unreachable.triggers) })),
    h('p', null, t('workshop.summary.deadEnds', { list: analysis.deadEnds.length === 0 ? (analysis.alwaysEnds.proven ? t('workshop.summary.nonePossible') : t('workshop.summary.noneFound')) : analysis.deadEnds.map((d) => t('workshop.summary.deadEndAt', { beat: d.beat, route: route(d.path) })).join('; ') })),
    analysis.alwaysEnds.proven && !analysis.complete ? h('p', null, t('workshop.summary.whyNone', { why: findingText({ message: analysis.alwaysEnds.why, words: analysis.alwaysEnds.words }, translator()) })) : null,
  );

  const findings = findingLines(analysis, translator());
  const findingList = section(t('workshop.summary.findings'), findings.length === 0 ? h('p', null, t('workshop.summary.none')) : h('ul', null, ...findings.map((f) => h('li', null, f))));

  const score = analysis.score;
  const scoreSection = section(
    t('workshop.summary.scoreRange'),
    !score.exact
      ? h('p', null, t('workshop.summary.notExact', { reason: findingText({ message: score.reason, words: score.words }, translator()) }))
      : h(
          'ul',
          null,
          score.method === 'search' ? h('li', null, t('workshop.summary.bySearch')) : null,
          score.best ? h('li', null, t('workshop.summary.best', { score: score.best.score, ending: score.best.ending, route: route(score.best.route.choices) })) : null,
          score.worst ? h('li', null, t('workshop.summary.worst', { score: score.worst.score, ending: score.worst.ending, route: route(score.worst.route.choices) })) : null,
        ),
  );
  // Each text with when-variants, against the flags that differ between the teams who see it.
  const texts =
    analysis.texts.length === 0
      ? null
      : section(
          t('workshop.summary.texts'),
          h('ul', null, ...textLines(analysis, translator()).map((line) => h('li', null, line))),
        );
  return h('div', { class: 'ws-summary' }, headline, facts, partial, endings, dead, findingList, texts, scoreSection);
}
