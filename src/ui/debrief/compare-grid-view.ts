/**
 * The comparison's grid on the page: each team's choice at every beat side by side, rows where
 * the paths differ marked in words (not colour alone), incomplete runs flagged in the column head.
 */
import { gridTeamName, type Comparison, type GridRow } from '../../debrief/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';
import './compare.css';
import { choiceRating, section } from './sections';

function cellContent(cell: GridRow['cells'][number]): HTMLElement {
  if (typeof cell === 'string') return h('span', { class: 'crd-gap' }, reportTranslator().t(`debrief.gap.${cell}`));
  return h(
    'span',
    null,
    h('span', { class: 'crd-grid__choice' }, cell.label),
    ' ',
    choiceRating(cell.rating),
    cell.expired ? h('span', { class: 'crd-muted' }, ` ${reportTranslator().t('debrief.compare.clockChose')}`) : null,
  );
}

function rowHead(r: GridRow): HTMLElement {
  return h(
    'th',
    { attrs: { scope: 'row' } },
    r.beatTitle,
    r.alike
      ? null
      : h('span', { class: 'crd-split' }, r.firstSplit ? t('viewer.grid.partHere') : t('viewer.grid.differ')),
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
      t('viewer.grid.caption'),
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col' } }, t('viewer.grid.beat')),
        ...c.teams.map((team) =>
          h(
            'th',
            { attrs: { scope: 'col' } },
            team.name,
            team.partial ? h('span', { class: 'crd-flag' }, t('viewer.grid.incomplete')) : null,
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
    t('viewer.grid.title'),
    h(
      'p',
      { class: 'crd-muted' },
      c.teams.length < 2
        ? t('viewer.grid.oneTeam')
        : split === 0
          ? t('viewer.grid.alike')
          : t('viewer.grid.split', { split, count: c.grid.length }),
    ),
    h(
      'div',
      {
        class: 'crd-scroll',
        attrs: { role: 'region', tabindex: '0', 'aria-label': t('viewer.grid.label', { teams: c.teams.map((team) => gridTeamName(team, reportTranslator())).join(', ') }) },
      },
      table,
    ),
  );
}

/** Exports that could not be replayed: named, with the reason, and never a score. */
export function unverifiedSection(c: Comparison): HTMLElement | null {
  if (c.unverified.length === 0) return null;
  return section(
    t('viewer.grid.unverifiedTitle'),
    h(
      'p',
      null,
      t('viewer.grid.unverifiedLead'),
    ),
    h(
      'ul',
      { class: 'crd-unverified' },
      ...c.unverified.map((u) =>
        h(
          'li',
          null,
          h('strong', null, u.team || u.source),
          h('span', { class: 'crd-flag crd-flag--bad' }, t('viewer.grid.unverifiedFlag')),
          h('br'),
          t('viewer.grid.cannotReplay', { source: u.source, reason: u.reason }),
        ),
      ),
    ),
  );
}
