/** Reads the facilitation material: modules, questions, the case timeline, author's notes, artefacts. */
import type { NormaliseContext } from './context.ts';
import type {
  Artefact,
  AuthorNotes,
  CaseTimeline,
  Module,
  Question,
} from './facilitation-types.ts';
import {
  asList,
  asObject,
  asOptionalText,
  asString,
  asText,
  has,
  type Raw,
} from './read.ts';

/**
 * A question: a plain text for the room, or `{ role, text }`. A mapping without `text` or `role`
 * is a text in languages (`{ en, ko }`).
 */
export function readQuestion(v: unknown, cx: NormaliseContext): Question {
  const o = asObject(v);
  if (!has(o, 'text') && !has(o, 'role')) return { text: asText(v, cx.languages) };
  return {
    ...(has(o, 'role') && { role: asString(o['role']) }),
    text: asText(o['text'], cx.languages),
  };
}

function readModule(v: unknown, cx: NormaliseContext): Module {
  const o = asObject(v);
  return {
    id: asString(o['id']),
    title: asText(o['title'], cx.languages),
    // Non-strings read as '' (the schema reports them) so indices still match the file's.
    beats: asList(o['beats']).map((b) => asString(b)),
    assumptions: asList(o['assumptions']).map((a) => asText(a, cx.languages)),
    questions: asList(o['questions']).map((q) => readQuestion(q, cx)),
  };
}

/** The scenario's modules, in file order and in place (paths stay valid). */
export function readModules(raw: Raw, cx: NormaliseContext): Module[] {
  return asList(raw['modules']).map((m) => readModule(m, cx));
}

export function readCaseTimeline(v: unknown, cx: NormaliseContext): CaseTimeline {
  const o = asObject(v);
  const title = asOptionalText(o['title'], cx.languages);
  return {
    ...(title !== undefined && { title }),
    entries: asList(o['entries']).map((e) => {
      const entry = asObject(e);
      return {
        date: asString(entry['date']),
        text: asText(entry['text'], cx.languages),
        ...(has(entry, 'source') && { source: asText(entry['source'], cx.languages) }),
      };
    }),
  };
}

export function readAuthorNotes(v: unknown, cx: NormaliseContext): AuthorNotes {
  const o = asObject(v);
  const texts = (key: string) => asList(o[key]).map((x) => asText(x, cx.languages));
  return {
    sources: asList(o['sources']).map((s) => {
      const source = asObject(s);
      return { fact: asText(source['fact'], cx.languages), source: asText(source['source'], cx.languages) };
    }),
    invented: texts('invented'),
    compressed: texts('compressed'),
  };
}

export function readArtefact(v: unknown, cx: NormaliseContext): Artefact {
  const o = asObject(v);
  return { label: asText(o['label'], cx.languages), text: asText(o['text'], cx.languages) };
}
