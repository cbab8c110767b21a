/**
 * Facilitation material in the CISA tabletop style: modules with their assumptions and discussion
 * questions, what the real organisation did (the case timeline), the author's notes, and artefacts
 * shown verbatim on injects. None of it changes play; the console, inject cards and debrief show it.
 */
import type { Text } from './types.ts';

/** A discussion question, for one role or (no `role`) for the whole room. */
export interface Question {
  /** A role id (built in or declared); absent when the question is for the room. */
  readonly role?: string;
  readonly text: Text;
}

/** A CISA-style module: a run of beats discussed together, with what the exercise takes as given. */
export interface Module {
  readonly id: string;
  readonly title: Text;
  /** Beat ids; a beat belongs to at most one module. */
  readonly beats: readonly string[];
  readonly assumptions: readonly Text[];
  readonly questions: readonly Question[];
}

/** One dated step of what the real organisation did, with the public report it comes from. */
export interface CaseTimelineEntry {
  /** A calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly text: Text;
  /** A citation is a text: a Korean debrief names the report as Korean readers know it. */
  readonly source?: Text;
}

/** What the real organisation did, shown in the debrief apart from the team's own timeline. */
export interface CaseTimeline {
  readonly title?: Text;
  readonly entries: readonly CaseTimelineEntry[];
}

/** A fact taken from public reports, with the report it comes from. */
export interface SourcedFact {
  readonly fact: Text;
  readonly source: Text;
}

/**
 * The author's notes: what is real and where from, what is invented, and where real time is
 * compressed, so a practitioner can judge the scenario's accuracy.
 */
export interface AuthorNotes {
  readonly sources: readonly SourcedFact[];
  readonly invented: readonly Text[];
  readonly compressed: readonly Text[];
}

/**
 * A real document shown verbatim under an inject's body (a log excerpt, a token's claims, a
 * ransom note): monospace, line breaks and spacing kept, always plain text.
 */
export interface Artefact {
  readonly label: Text;
  readonly text: Text;
}
