/**
 * The comparison's grid on the page: each team's choice at every beat side by side, rows where
 * the paths differ marked in words (not colour alone), incomplete runs flagged in the column head.
 */
import { GAP_WORDS, gridTeamName, type Comparison, type GridRow } from '../../debrief/index';
import { h } from '../dom/h';
import './compare.css';
import { choiceRating, section } from './sections';

function cellContent(cell: GridRow['cells'][number]): HTMLElement {
  if (typeof cell === 'string') return h('span', { class: 'crd-gap' }, GAP_WORDS[cell]);
  return h(
    'span',
    null,
    h('span', { class: 'crd-grid__choice' }, cell.label),
    ' ',
    choiceRating(cell.rating),
    cell.expired ? h('span', { class: 'crd-muted' }, ' the clock chose') : null,
  );
}

function rowHead(r: GridRow): HTMLElement {
  return h(
    'th',
    { attrs: { scope: 'row' } },
    r.beatTitle,
    r.alike
      ? null
      : h('span', { class: 'crd-split' }, r.firstSplit ? 'Paths part here' : 'Paths differ'),
  );
}

export function gridSection(c: Comparison): HTMLElement {
  const split = c.grid.filter((r) => !r.alike).length;
  const table = h(
    'table',
    { class: 'crd-table crd-grid' },
    h(
      'caption',
      { class: 'crd-visually-hidden' },
      'Each team\u2019s choice at every beat',
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col' } }, 'Beat'),
        ...c.teams.map((t) =>
          h(
            'th',
            { attrs: { scope: 'col' } },
            t.name,
            t.partial ? h('span', { class: 'crd-flag' }, 'Incomplete run') : null,
          ),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      ...c.grid.map((r) =>
        h(
          'tr',
          { class: r.alike ? '' : 'crd-row--diverged' },
          rowHead(r),
          ...r.cells.map((cell) => h('td', null, cellContent(cell))),
        ),
      ),
    ),
  );
  return section(
    'Choices, beat by beat',
    h(
      'p',
      { class: 'crd-muted' },
      c.teams.length < 2
        ? 'Only one team.'
        : split === 0
          ? 'Every team made the same choice at every beat.'
          : `The teams did not all choose alike at ${split} of ${c.grid.length} beats (marked \u201cPaths differ\u201d).`,
    ),
    h(
      'div',
      {
        class: 'crd-scroll',
        attrs: { role: 'region', tabindex: '0', 'aria-label': `Choices, beat by beat: ${c.teams.map(gridTeamName).join(', ')}` },
      },
      table,
    ),
  );
}

/** Exports that could not be replayed: named, with the reason, and never a score. */
export function unverifiedSection(c: Comparison): HTMLElement | null {
  if (c.unverified.length === 0) return null;
  return section(
    'Unverified exports, not compared',
    h(
      'p',
      null,
      'These files could not be replayed against the scenario, so nothing in them is shown or scored.',
    ),
    h(
      'ul',
      { class: 'crd-unverified' },
      ...c.unverified.map((u) =>
        h(
          'li',
          null,
          h('strong', null, u.team || u.source),
          h('span', { class: 'crd-flag crd-flag--bad' }, 'Unverified: no score'),
          h('br'),
          `${u.source}: cannot be replayed because ${u.reason}.`,
        ),
      ),
    ),
  );
}
