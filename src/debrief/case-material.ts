/**
 * The scenario's own material for the debrief: what the real organisation did (the case
 * timeline) and the author's notes, in the report's language.
 */
import { text } from '../scenario/index';
import type { Scenario } from '../scenario/types';
import type { AuthorNotesReport, CaseTimelineReport } from './types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';

/** The headings and notes around the scenario's own material, in one language. */
export function caseMaterialWords(tr: Translator = debriefEnglish) {
  return {
    /** The case timeline's title when the scenario gives none. */
    timelineTitle: tr.t('debrief.case.timelineTitle'),
    /** Said under the case timeline's title, so no reader takes it for the team's own play. */
    timelineNote: tr.t('debrief.case.timelineNote'),
    /** The heading above an objective's critical tasks. */
    criticalTasks: tr.t('debrief.case.criticalTasks'),
    /** The appendix's headings, shared by the page and every export. */
    notesTitle: tr.t('debrief.case.notesTitle'),
    sources: tr.t('debrief.case.sources'),
    invented: tr.t('debrief.case.invented'),
    compressed: tr.t('debrief.case.compressed'),
    noneListed: tr.t('debrief.case.noneListed'),
  } as const;
}

const english = caseMaterialWords();

/** The English of the words above, for readers that show English only. */
export const CASE_TIMELINE_TITLE = english.timelineTitle;
export const CASE_TIMELINE_NOTE = english.timelineNote;
export const CRITICAL_TASKS = english.criticalTasks;
export const AUTHOR_NOTES_WORDS = {
  title: english.notesTitle,
  sources: english.sources,
  invented: english.invented,
  compressed: english.compressed,
} as const;

export function caseTimelineReport(scenario: Scenario, lang: string, tr: Translator = debriefEnglish): CaseTimelineReport | null {
  const timeline = scenario.caseTimeline;
  if (timeline === undefined) return null;
  return {
    title: timeline.title === undefined ? tr.t('debrief.case.timelineTitle') : text(timeline.title, lang),
    entries: timeline.entries.map((e) => ({
      date: e.date,
      text: text(e.text, lang),
      ...(e.source !== undefined && { source: text(e.source, lang) }),
    })),
  };
}

export function authorNotesReport(scenario: Scenario, lang: string): AuthorNotesReport | null {
  const notes = scenario.authorNotes;
  if (notes === undefined) return null;
  return {
    sources: notes.sources.map((s) => ({ fact: text(s.fact, lang), source: text(s.source, lang) })),
    invented: notes.invented.map((x) => text(x, lang)),
    compressed: notes.compressed.map((x) => text(x, lang)),
  };
}
