/** The analysis summary of the workshop: endings, what is unreachable, findings, score range. */
import type { Analysis } from '../../analysis/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';

const route = (path: readonly string[] | null): string => (path === null ? '' : path.length === 0 ? '(no choices)' : path.join(' → '));
const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

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
        ? 'Every ending is reachable and nothing is dead.'
        : analysis.alwaysEnds.proven
          ? 'Every ending, beat and choice was reached, and no team can get stuck (proven from the scenario\'s shape).'
          : 'Every ending, beat and choice was reached; dead ends outside the explored states are not ruled out.'
      : `${problems} problem${problems === 1 ? '' : 's'}: ${analysis.complete ? 'unreachable' : 'not found'} parts or dead ends below.`,
  );
  const facts = h(
    'p',
    { class: 'ws-facts' },
    `${analysis.states.toLocaleString('en-US')} distinct states, ${analysis.transitions.toLocaleString('en-US')} transitions`,
    analysis.paths.total !== null ? `, ${analysis.paths.total.toLocaleString('en-US')} playthroughs` : '',
    ` · ${Math.round(ms)} ms`,
  );
  const partial = analysis.capMessage ? h('p', { class: 'ws-warning', attrs: { role: 'note' } }, analysis.capMessage) : null;

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
          h('th', { attrs: { scope: 'row' } }, `${ending.id} (${ending.tone})`),
          h('td', null, ending.reachable ? (ending.paths !== null ? `yes, ${ending.paths.toLocaleString('en-US')} way${ending.paths === 1n ? '' : 's'}` : 'yes') : 'NO'),
          h('td', { class: 'ws-route' }, route(ending.shortestPath)),
        ),
      ),
    ),
  );

  const never = analysis.complete ? 'Unreachable' : 'Not found';
  const dead = section(
    t('workshop.summary.dead'),
    h('p', null, `${never} beats: ${list(unreachable.beats)}`),
    h('p', null, `${never} choices: ${list(unreachable.choices)}`),
    h('p', null, `Triggers that never fire: ${list(unreachable.triggers)}`),
    h('p', null, `Dead ends: ${analysis.deadEnds.length === 0 ? (analysis.alwaysEnds.proven ? 'none possible' : 'none found') : analysis.deadEnds.map((d) => `${d.beat} (after ${route(d.path)})`).join('; ')}`),
    analysis.alwaysEnds.proven && !analysis.complete ? h('p', null, `Why none are possible: ${analysis.alwaysEnds.why}.`) : null,
  );

  const findings = [
    ...analysis.conditions.map((c) => `${c.where}: "${c.source}" is ${c.verdict === 'never-true' ? 'never' : 'always'} true where checked`),
    ...analysis.clampedEffects.map((e) => `${e.choice}: ${e.meter} ${e.change} never changes anything (the meter is at ${e.values.join(', ')})`),
  ];
  const findingList = section(t('workshop.summary.findings'), findings.length === 0 ? h('p', null, 'none') : h('ul', null, ...findings.map((f) => h('li', null, f))));

  const score = analysis.score;
  const scoreSection = section(
    t('workshop.summary.scoreRange'),
    !score.exact
      ? h('p', null, `Not computed exactly: ${score.reason}.`)
      : h(
          'ul',
          null,
          score.method === 'search' ? h('li', null, 'Exact, by a branch-and-bound search over playthroughs (too many states for the graph).') : null,
          score.best ? h('li', null, `Best ${score.best.score} (${score.best.ending}): ${route(score.best.route.choices)}`) : null,
          score.worst ? h('li', null, `Worst ${score.worst.score} (${score.worst.ending}): ${route(score.worst.route.choices)}`) : null,
        ),
  );
  // Each text with when-variants, against the flags that differ between the teams who see it.
  const texts =
    analysis.texts.length === 0
      ? null
      : section(
          t('workshop.summary.texts'),
          h(
            'ul',
            null,
            ...analysis.texts.map((t) => {
              const unread = t.flagsThatVary?.filter((flag) => !t.flags.includes(flag)) ?? [];
              const reads = [...t.flags, ...t.reads].join(', ') || 'nothing';
              return h('li', null, `${t.where}: reads ${reads}${unread.length > 0 ? `; flags that vary there but no variant reads: ${unread.join(', ')}` : ''}`);
            }),
          ),
        );
  return h('div', { class: 'ws-summary' }, headline, facts, partial, endings, dead, findingList, texts, scoreSection);
}
