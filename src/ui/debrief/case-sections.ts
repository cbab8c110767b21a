/**
 * The scenario's own material in the debrief: what the real organisation did, as its own section
 * apart from the team's play; the critical tasks under each objective; the author's notes as an
 * appendix. Text nodes only.
 */
import {
  caseMaterialWords,
} from '../../debrief/case-material';
import type { DebriefReport } from '../../debrief/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';
import { section, sectionAs, table } from './sections';

/** The critical tasks of one objective, or nothing when the rubric gives none. */
export function criticalTasks(tasks: readonly string[] | undefined): HTMLElement | null {
  if (tasks === undefined || tasks.length === 0) return null;
  return h(
    'div',
    { class: 'crd-tasks' },
    h('p', { class: 'crd-muted' }, caseMaterialWords(reportTranslator()).criticalTasks),
    h('ul', null, ...tasks.map((task) => h('li', null, task))),
  );
}

export function caseTimelineSection(r: DebriefReport): HTMLElement | null {
  const c = r.caseTimeline;
  if (c === undefined) return null;
  const element = section(
    c.title,
    h('p', { class: 'crd-muted' }, caseMaterialWords(reportTranslator()).timelineNote),
    table(
      [t('viewer.case.date'), t('viewer.case.what'), t('viewer.case.source')],
      c.entries.map((e) => [e.date, e.text, e.source ?? '']),
      { nowrap: [0], caption: c.title },
    ),
  );
  element.classList.add('crd-case-timeline');
  return element;
}

export function authorNotesSection(r: DebriefReport): HTMLElement | null {
  const n = r.authorNotes;
  if (n === undefined) return null;
  const list = (items: readonly (string | HTMLElement)[]) =>
    items.length === 0
      ? h('p', null, t('viewer.case.noneListed'))
      : h('ul', null, ...items.map((x) => h('li', null, x)));
  return sectionAs(
    'appendix-author-s-notes',
    caseMaterialWords(reportTranslator()).notesTitle,
    h('h3', null, caseMaterialWords(reportTranslator()).sources),
    list(
      n.sources.map((s) => h('span', null, s.fact, h('span', { class: 'crd-muted' }, ` (${s.source})`))),
    ),
    h('h3', null, caseMaterialWords(reportTranslator()).invented),
    list(n.invented),
    h('h3', null, caseMaterialWords(reportTranslator()).compressed),
    list(n.compressed),
  );
}
