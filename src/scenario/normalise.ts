import {
  BUILT_IN_CATEGORIES,
  type Category,
  type Difficulty,
  type Fact,
  type Flag,
  type Meter,
  type Scenario,
} from './types.ts';
import type { NormaliseContext } from './context.ts';
import { readAllowances } from './normalise-allow.ts';
import { readBeat } from './normalise-beats.ts';
import { readImprovementPlan } from './normalise-plan.ts';
import { readAuthorNotes, readCaseTimeline, readModules } from './normalise-facilitation.ts';
import { labelIn, readRoles, withAddressedRoles } from './roles.ts';
import {
  readCredibility,
  readDeadline,
  readEnding,
  readObjective,
  readOptionalInject,
  readTrigger,
} from './normalise-rules.ts';
import {
  asBoolean,
  asList,
  asNumber,
  asObject,
  asOptionalText,
  asString,
  asText,
  has,
  type Raw,
} from './read.ts';

/** The built-in categories' labels in each language we have them in (the room sees them on every choice). */
const BUILT_IN_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  disclosure: { en: 'Disclosure', ko: '공개' },
  leadership: { en: 'Leadership', ko: '리더십' },
  legal: { en: 'Legal', ko: '법률' },
};

/** The declared languages, default first; `[en]` when the file declares none. */
export function readLanguages(raw: Raw): string[] {
  const declared = asList(raw['languages']).filter((l): l is string => typeof l === 'string');
  return declared.length > 0 ? declared : ['en'];
}

function readMeter(v: unknown, index: number, cx: NormaliseContext): Meter {
  const o = asObject(v);
  const description = asOptionalText(o['description'], cx.languages);
  return {
    id: asString(o['id']),
    label: asText(o['label'], cx.languages),
    ...(description !== undefined && { description }),
    min: asNumber(o['min']),
    max: asNumber(o['max'], 100),
    start: asNumber(o['start']),
    good: o['good'] === 'low' ? 'low' : 'high',
    bands: asList(o['bands']).map((b) => {
      const band = asObject(b);
      return { from: asNumber(band['from']), label: asText(band['label'], cx.languages) };
    }),
    headline: asBoolean(o['headline'], index < 2),
  };
}

function readFlag(v: unknown, cx: NormaliseContext): Flag {
  const o = asObject(v);
  const description = asOptionalText(o['description'], cx.languages);
  return {
    id: asString(o['id']),
    ...(description !== undefined && { description }),
    start: asBoolean(o['start']),
  };
}

function readFact(v: unknown, cx: NormaliseContext): Fact {
  const o = asObject(v);
  const unit = asOptionalText(o['unit'], cx.languages);
  return {
    id: asString(o['id']),
    label: asText(o['label'], cx.languages),
    start: asNumber(o['start']),
    ...(unit !== undefined && { unit }),
    ...(has(o, 'tolerance') && { tolerance: asNumber(o['tolerance']) }),
  };
}

function readCategories(raw: Raw, cx: NormaliseContext): Category[] {
  const declared = asList(raw['categories']).map((c) => {
    const o = asObject(c);
    return { id: asString(o['id']), label: asText(o['label'], cx.languages) };
  });
  return [
    ...BUILT_IN_CATEGORIES.map((id) => ({ id, label: labelIn(BUILT_IN_LABELS[id] ?? { en: id }, cx.languages) })),
    ...declared,
  ];
}

/**
 * The raw value of a scenario file to the typed model, with defaults filled in. Defensive: it
 * reads whatever shape it is given (the schema check reports what is wrong), keeps every list
 * item in place so paths stay valid, and compiles conditions through the context.
 */
export function normalise(raw: Raw, hash: string, cx: NormaliseContext): Scenario {
  const t = (key: string) => asText(raw[key], cx.languages);
  const list = <T>(key: string, read: (v: unknown, i: number) => T): T[] =>
    asList(raw[key]).map(read);
  const allowances = readAllowances(raw);
  return withAddressedRoles({
    format: 1,
    meta: {
      id: asString(raw['id']),
      title: t('title'),
      summary: t('summary'),
      version: asString(raw['version'], '1.0.0'),
      author: asString(raw['author']),
      durationMinutes: asNumber(raw['duration_minutes'], 20),
      difficulty: asString(raw['difficulty'], 'intermediate') as Difficulty,
      audience: t('audience'),
      objectives: asList(raw['objectives']).map((o) => asText(o, cx.languages)),
      caseNote: t('case_note'),
      role: t('role'),
      clockStart: asString(raw['clock_start'], '2025-01-01T09:00'),
    },
    languages: cx.languages,
    categories: readCategories(raw, cx),
    roles: readRoles(raw, cx),
    meters: list('meters', (v, i) => readMeter(v, i, cx)),
    flags: list('flags', (v) => readFlag(v, cx)),
    facts: list('facts', (v) => readFact(v, cx)),
    start: asString(raw['start']),
    beats: list('beats', (v, i) => readBeat(v, ['beats', i], cx, raw['choice_order'] === 'fixed')),
    triggers: list('triggers', (v, i) => readTrigger(v, ['triggers', i], cx)),
    deadlines: list('deadlines', (v, i) => readDeadline(v, ['deadlines', i], cx)),
    credibility: has(raw, 'credibility')
      ? readCredibility(raw['credibility'])
      : readCredibility({}),
    endings: list('endings', (v, i) => readEnding(v, ['endings', i], cx)),
    rubric: list('rubric', (v, i) => readObjective(v, ['rubric', i], cx)),
    optionalInjects: list('optional_injects', (v, i) => readOptionalInject(v, cx, ['optional_injects', i])),
    ...(has(raw, 'improvement_plan') && {
      improvementPlan: readImprovementPlan(raw['improvement_plan'], cx),
    }),
    ...(allowances.length > 0 && { allowances }),
    ...(has(raw, 'modules') && { modules: readModules(raw, cx) }),
    ...(has(raw, 'case_timeline') && { caseTimeline: readCaseTimeline(raw['case_timeline'], cx) }),
    ...(has(raw, 'author_notes') && { authorNotes: readAuthorNotes(raw['author_notes'], cx) }),
    hash,
  });
}
