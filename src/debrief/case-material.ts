/**
 * The scenario's own material for the debrief: what the real organisation did (the case
 * timeline) and the author's notes, in the report's language.
 */
import { text } from '../scenario/index';
import type { Scenario } from '../scenario/types';
import type { AuthorNotesReport, CaseTimelineReport } from './types';

/** The case timeline's title when the scenario gives none. */
export const CASE_TIMELINE_TITLE = 'What the real organisation did';

/** Said under the case timeline's title, so no reader takes it for the team's own play. */
export const CASE_TIMELINE_NOTE =
  'From public reports about the real case this scenario is modelled on: not what this team did.';

/** The heading above an objective's critical tasks. */
export const CRITICAL_TASKS = 'Critical tasks (evaluation guide)';

/** The appendix's headings, shared by the page and every export. */
export const AUTHOR_NOTES_WORDS = {
  title: "Appendix: Author's notes",
  sources: 'Facts taken from public reports',
  invented: 'Invented for the exercise',
  compressed: 'Time compressed for the exercise',
} as const;

export function caseTimelineReport(scenario: Scenario, lang: string): CaseTimelineReport | null {
  const timeline = scenario.caseTimeline;
  if (timeline === undefined) return null;
  return {
    title: timeline.title === undefined ? CASE_TIMELINE_TITLE : text(timeline.title, lang),
    entries: timeline.entries.map((e) => ({
      date: e.date,
      text: text(e.text, lang),
      ...(e.source !== undefined && { source: e.source }),
    })),
  };
}

export function authorNotesReport(scenario: Scenario, lang: string): AuthorNotesReport | null {
  const notes = scenario.authorNotes;
  if (notes === undefined) return null;
  return {
    sources: notes.sources.map((s) => ({ fact: text(s.fact, lang), source: s.source })),
    invented: notes.invented.map((x) => text(x, lang)),
    compressed: notes.compressed.map((x) => text(x, lang)),
  };
}
