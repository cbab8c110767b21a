/**
 * The building blocks of the report's sections, and the short sections (ending, claims,
 * deadlines). Every string from the report becomes a text node through `h`, so scenario and team
 * text can never turn into markup.
 */
import type { DebriefReport, DecisionRecord } from '../../debrief/index';
import { h, type Child } from '../dom/h';
import { claimContradicted, claimWhat } from '../../debrief/report-tables';
import { confidenceList, noClaims } from '../../debrief/claim-words';
import { deadlineShownWords } from '../../debrief/words';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';


let sections = 0;

/**
 * A titled section, labelled by its heading. Its class names it too (`crd-section--deadlines`),
 * so the print stylesheet can lay each part out as suits it.
 */
export function section(title: string, ...children: Child[]): HTMLElement {
  return sectionAs(title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), title, ...children);
}

/** A section whose class names it in every language (the print stylesheet keys on `slug`). */
export function sectionAs(slug: string, title: string, ...children: Child[]): HTMLElement {
  const id = `crd-s-${++sections}`;
  return h(
    'section',
    { class: `crd-section crd-section--${slug}`, attrs: { 'aria-labelledby': id } },
    h('h2', { attrs: { id } }, title),
    ...children,
  );
}

export function table(
  head: readonly string[],
  rows: readonly (readonly Child[])[],
  options: {
    numeric?: readonly number[];
    nowrap?: readonly number[];
    caption?: string;
    rowClass?: (i: number) => string;
  } = {},
): HTMLTableElement {
  const num = options.numeric ?? [];
  const cls = (i: number): string =>
    [num.includes(i) ? 'crd-num' : '', options.nowrap?.includes(i) ? 'crd-nowrap' : '']
      .join(' ')
      .trim();
  return h(
    'table',
    { class: 'crd-table' },
    options.caption ? h('caption', { class: 'crd-visually-hidden' }, options.caption) : null,
    h(
      'thead',
      null,
      h('tr', null, ...head.map((x, i) => h('th', { class: cls(i), attrs: { scope: 'col' } }, x))),
    ),
    h(
      'tbody',
      null,
      ...rows.map((r, ri) =>
        h(
          'tr',
          { class: options.rowClass?.(ri) ?? '' },
          ...r.map((c, i) => h('td', { class: cls(i) }, c)),
        ),
      ),
    ),
  );
}

export function choiceRating(rating: DecisionRecord['rating']): HTMLElement {
  return h(
    'span',
    { class: `crd-badge crd-badge--${rating ?? 'none'}` },
    rating ? t(`viewer.rating.${rating}`) : t('viewer.rating.unrated'),
  );
}

export function endingSection(r: DebriefReport): HTMLElement {
  if (!r.ending)
    return section(
      t('viewer.ending.title'),
      h('p', null, t('viewer.ending.none')),
    );
  return section(
    t('viewer.ending.title'),
    h(
      'p',
      { class: 'crd-ending-title' },
      r.ending.title,
      ' ',
      h('span', { class: `crd-tone crd-tone--${r.ending.tone}` }, t(`viewer.ending.${r.ending.tone}`)),
    ),
    h('p', { class: 'crd-epilogue' }, r.ending.epilogue),
  );
}

export function claimsSection(r: DebriefReport): HTMLElement {
  const n = (x: number): string => reportTranslator().number(x);
  if (r.claims.length === 0)
    return section(
      t('viewer.claims.title'),
      h('p', null, noClaims(reportTranslator())),
    );
  return section(
    t('viewer.claims.title'),
    table(
      [t('viewer.claims.what'), t('viewer.claims.when'), t('viewer.claims.confidence'), t('viewer.claims.said'), t('viewer.claims.actual'), t('viewer.claims.contradicted')],
      r.claims.map((c) => [
        claimWhat(c, reportTranslator()),
        c.timeLabel,
        confidenceList([c.confidence], reportTranslator()),
        `${c.said} ${c.unit}`,
        `${n(c.actual)} ${c.unit}`,
        claimContradicted(c, reportTranslator()),
      ]),
      { rowClass: (i) => (r.claims[i]?.contradicted ? 'crd-row--bad' : '') },
    ),
  );
}

export function deadlinesSection(r: DebriefReport): HTMLElement {
  if (r.deadlines.length === 0)
    return section(t('viewer.deadlines.title'), h('p', null, t('viewer.deadlines.none')));
  return section(
    t('viewer.deadlines.title'),
    table(
      [t('viewer.deadlines.deadline'), t('viewer.deadlines.rule'), t('viewer.deadlines.status'), t('viewer.deadlines.started'), t('viewer.deadlines.due'), t('viewer.deadlines.resolved')],
      r.deadlines.map((d) => [
        d.label,
        d.reference,
        deadlineShownWords(d.status, reportTranslator(), (status) => t(`viewer.deadlines.${status}`)),
        d.startedLabel || '—',
        d.dueLabel || '—',
        d.resolvedLabel || '—',
      ]),
      {
        rowClass: (i) =>
          r.deadlines[i]?.status === 'met'
            ? 'crd-row--good'
            : r.deadlines[i]?.status === 'idle'
              ? ''
              : 'crd-row--bad',
      },
    ),
  );
}
