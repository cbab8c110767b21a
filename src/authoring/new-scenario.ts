/**
 * The new-scenario wizard's generator: an instructor's answers (the incident, the headline meters,
 * the deadlines, how many decisions) in, a complete scenario file out that passes `check`, with
 * every part in place to be rewritten (a recommended, an acceptable and a harmful choice at each
 * decision; each deadline met by the recommended choice of one decision; three endings all
 * reachable). Pure: the CLI's `crisis-room new` and the workshop's wizard both call it.
 */
import { Document } from 'yaml';
import { createTranslator, type MessageKey, type MessageValues, type Translator } from '../i18n/index';
import authoring from '../i18n/locales/en/authoring.json';
import { DEADLINE_PRESETS, presetById, type DeadlinePreset } from './deadline-presets';

export interface CustomDeadline {
  readonly label: string;
  readonly hours: number;
}

export interface NewScenarioAnswers {
  /** What happened, in a few words: "Ransomware at a regional hospital". */
  readonly incident: string;
  /** One to four meters; the first two are the headline meters. */
  readonly meters: readonly string[];
  /** Ids of DEADLINE_PRESETS. */
  readonly deadlines: readonly string[];
  readonly customDeadlines?: readonly CustomDeadline[];
  readonly decisions: number;
  readonly author?: string;
}

/** The answers a problem can be about; `authoring.field.<field>` names each in the reader's language. */
export const ANSWER_FIELDS = ['incident', 'meters', 'deadlines', 'decisions', 'author'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

export interface AnswerProblem {
  /** Which answer is wrong. */
  readonly field: AnswerField;
  readonly message: string;
}

export const MIN_DECISIONS = 2;
export const MAX_DECISIONS = 30;
export const MAX_METERS = 4;
const MAX_TEXT = 120;
const MAX_DEADLINE_HOURS = 10_000;
/** The wizard's English alone: the answers' checks need no other namespace. */
const authoringEnglish: Translator = /* @__PURE__ */ createTranslator('en', { authoring });
/** Hours between decisions: every deadline's decision comes before the shortest (24-hour) clock runs out. */
const HOURS_APART = 4;
/** A Monday, so business days count from the first day. */
const CLOCK_START = '2026-01-05T09:00';
/** Meters whose names say less is better (English and Korean names). */
const LOW_IS_GOOD = /liabilit|exposure|risk|cost|damage|harm|loss|fine|pressure|backlash|outrage|downtime|churn|리스크|위험|비용|피해|손실|손해|벌금|과징금|압력|압박|반발|분노|중단|이탈/i;

/** A snake_case id from a name: `Public trust` → `public_trust`. */
export function slug(name: string, fallback: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  if (base === '') return fallback;
  return /^[a-z]/.test(base) ? base : `${fallback}_${base}`;
}

/**
 * The meters' ids, in order. A name with no Latin letter or digit (Hangul) gives no slug, so it is
 * numbered by its place (`meter_2`), skipping a number another meter's name already takes: two
 * Korean names never share an id.
 */
export function meterIds(names: readonly string[]): string[] {
  const slugs = names.map((name) => (slug(name, '') === '' ? '' : slug(name, 'meter')));
  const taken = new Set(slugs);
  return slugs.map((id, i) => {
    if (id !== '') return id;
    let numbered = `meter_${i + 1}`;
    for (let n = i + 2; taken.has(numbered); n++) numbered = `meter_${n}`;
    taken.add(numbered);
    return numbered;
  });
}

/**
 * Everything wrong with the answers, each saying which answer and what to change, in the
 * translator's language (the CLI's `--lang`, the workshop page's); English by default.
 */
export function checkAnswers(answers: NewScenarioAnswers, tr: Translator = authoringEnglish): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const say = (field: AnswerField, key: MessageKey, values?: MessageValues): void => {
    problems.push({ field, message: tr.t(key, values) });
  };
  const text = (field: AnswerField, what: string, value: string): void => {
    if (value.trim() === '') say(field, 'authoring.answer.empty', { what });
    else if (value.length > MAX_TEXT) say(field, 'authoring.answer.tooLong', { what, length: String(value.length), max: String(MAX_TEXT) });
  };
  text('incident', tr.t('authoring.answer.incident'), answers.incident);
  if (answers.author !== undefined && answers.author.trim() !== '') text('author', tr.t('authoring.answer.author'), answers.author);
  if (answers.meters.length === 0 || answers.meters.length > MAX_METERS) {
    say('meters', 'authoring.answer.meterCount', { max: String(MAX_METERS), count: String(answers.meters.length) });
  }
  const ids = new Map<string, string>();
  const meterId = meterIds(answers.meters);
  answers.meters.forEach((meter, i) => {
    text('meters', tr.t('authoring.answer.meter', { n: String(i + 1) }), meter);
    const id = meterId[i] ?? '';
    const twin = ids.get(id);
    if (twin !== undefined && meter.trim() !== '') say('meters', 'authoring.answer.sameMeterId', { first: twin, second: meter, id });
    ids.set(id, meter);
  });
  const presetIds = DEADLINE_PRESETS.map((p) => p.id);
  for (const id of answers.deadlines) {
    if (!presetById(id)) say('deadlines', 'authoring.answer.noPreset', { id, presets: presetIds.slice(0, -1).join(', '), last: presetIds.at(-1) ?? '' });
  }
  if (new Set(answers.deadlines).size !== answers.deadlines.length) say('deadlines', 'authoring.answer.presetTwice');
  for (const [i, custom] of (answers.customDeadlines ?? []).entries()) {
    text('deadlines', tr.t('authoring.answer.customDeadline', { n: String(i + 1) }), custom.label);
    if (!Number.isFinite(custom.hours) || custom.hours <= 0 || custom.hours > MAX_DEADLINE_HOURS) {
      say('deadlines', 'authoring.answer.customHours', { label: custom.label, max: String(MAX_DEADLINE_HOURS), hours: String(custom.hours) });
    }
  }
  if (!Number.isInteger(answers.decisions) || answers.decisions < MIN_DECISIONS || answers.decisions > MAX_DECISIONS) {
    say('decisions', 'authoring.answer.decisions', { min: String(MIN_DECISIONS), max: String(MAX_DECISIONS), decisions: String(answers.decisions) });
  }
  return problems;
}

interface Meter {
  readonly id: string;
  readonly label: string;
  readonly lowIsGood: boolean;
}

interface Clock {
  readonly id: string;
  readonly flag: string;
  readonly label: string;
  readonly reference?: string;
  readonly hours?: number;
  readonly businessDays?: number;
  /** The decision (1-based) whose recommended choice meets it. */
  readonly decision: number;
}

function clocks(answers: NewScenarioAnswers): Clock[] {
  const presets = answers.deadlines.map((id) => presetById(id)).filter((p): p is DeadlinePreset => p !== undefined);
  const all = [
    ...presets.map((p) => ({ id: p.id, label: p.label, reference: p.reference, hours: p.hours, businessDays: p.businessDays })),
    ...(answers.customDeadlines ?? []).map((c, i) => ({ id: slug(c.label, 'deadline'), label: c.label, reference: undefined, hours: c.hours, businessDays: undefined, index: i })),
  ];
  const used = new Set<string>();
  return all.map((c, i) => {
    let id = c.id;
    for (let n = 2; used.has(id); n++) id = `${c.id}_${n}`;
    used.add(id);
    return {
      id,
      flag: `${id}_sent`,
      label: c.label,
      ...(c.reference !== undefined && { reference: c.reference }),
      ...(c.hours !== undefined && { hours: c.hours }),
      ...(c.businessDays !== undefined && { businessDays: c.businessDays }),
      decision: Math.min(answers.decisions, i + 1),
    };
  });
}

/** A change that helps (or, negated, hurts) the meter: up for most, down where low is good. */
const helps = (meter: Meter, amount: number): number => (meter.lowIsGood ? -amount : amount);

/**
 * What each kind of choice does to the lead meter and to the others right away. The recommended
 * choice costs the other meters something now (disclosure raises exposure before it lowers it), so
 * greed on the headline meters together does not find it (design findings CR522, CR526).
 */
const MOVES = { recommended: [10, -5], acceptable: [3, 3], harmful: [-10, 5] } as const;

function choice(id: string, rating: keyof typeof MOVES, label: string, meters: readonly Meter[], next: string, sets: readonly Clock[], feedback: string): Record<string, unknown> {
  const [lead, others] = MOVES[rating];
  const effects = Object.fromEntries(meters.map((m, i) => [m.id, helps(m, i === 0 ? lead : others)]));
  return {
    id,
    category: rating === 'harmful' ? 'legal' : 'disclosure',
    label,
    effects,
    ...(sets.length > 0 && { set: Object.fromEntries(sets.map((c) => [c.flag, true])) }),
    next,
    feedback,
    rating,
  };
}

const rotate = <T>(items: readonly T[], by: number): T[] => items.map((_, i) => items[(i + by) % items.length]!);

function beat(n: number, answers: NewScenarioAnswers, meters: readonly Meter[], due: readonly Clock[]): Record<string, unknown> {
  const next = n === answers.decisions ? 'end' : `decision_${n + 1}`;
  const sets = due.filter((c) => c.decision === n);
  const act = sets.length > 0 ? `Notify: ${sets.map((c) => c.id).join(', ')}` : `Act in the open`;
  return {
    id: `decision_${n}`,
    title: `Decision ${n}`,
    at: (n - 1) * HOURS_APART,
    injects: [{ id: `news_${n}`, kind: 'news', from: 'Rewrite: who it comes from', headline: `What the team learns before decision ${n}`, body: `Rewrite this inject: what arrives about ${answers.incident.trim()} at this point.` }],
    decision: {
      prompt: `Decision ${n}: rewrite this prompt as the question the room must answer.`,
      // The recommended choice moves through the list and is never the longest: neither the
      // first option nor the longest wins (design findings CR520, CR521, CR523, CR524).
      choices: rotate(
        [
          choice(`act_${n}`, 'recommended', act, meters, next, sets, 'Rewrite this feedback: why acting now was right.'),
          choice(`hedge_${n}`, 'acceptable', 'Half-step', meters, next, [], 'Rewrite this feedback: what the half-step cost and saved.'),
          choice(`stall_${n}`, 'harmful', `Wait for the full picture before saying anything at all about decision ${n}`, meters, next, [], 'Rewrite this feedback: why waiting made it worse.'),
        ],
        n,
      ),
    },
  };
}

/** The scenario file for these answers. Call checkAnswers first: this assumes they are sound. */
export function newScenario(answers: NewScenarioAnswers): string {
  const incident = answers.incident.trim();
  const ids = meterIds(answers.meters);
  const meters: Meter[] = answers.meters.map((label, i) => ({ id: ids[i] ?? '', label: label.trim(), lowIsGood: LOW_IS_GOOD.test(label) }));
  const due = clocks(answers);
  const lead = meters[0]!;
  const good = (m: Meter, margin: number): string => (m.lowIsGood ? `${m.id} <= ${50 - margin}` : `${m.id} >= ${50 + margin}`);
  // The best ending asks for nearly every decision taken well: one half-step is forgiven, two
  // harmful choices never are (design finding CR531).
  const bestWhen = [good(lead, Math.min(40, 10 * answers.decisions - 10)), ...due.map((c) => `met(${c.id})`)].join(' and ');
  const scenario = {
    format: 1,
    id: slug(incident, 'scenario'),
    title: incident,
    summary: `A crisis-communications exercise: ${incident}. Rewrite this summary for the briefing.`,
    version: '0.1.0',
    author: answers.author?.trim() || 'You',
    duration_minutes: Math.max(10, answers.decisions * 5),
    difficulty: 'introductory',
    audience: 'Rewrite: who this exercise is for.',
    objectives: [...due.map((c) => c.label), `Keep ${lead.label.toLowerCase()} ${lead.lowIsGood ? 'down' : 'up'}`],
    case_note: 'Invented. Rewrite: which real events it is modelled on.',
    role: 'The crisis team',
    clock_start: CLOCK_START,
    meters: meters.map((m) => ({
      id: m.id,
      label: m.label,
      min: 0,
      max: 100,
      start: 50,
      good: m.lowIsGood ? 'low' : 'high',
      bands: [
        { from: 0, label: m.lowIsGood ? 'Contained' : 'Low' },
        { from: 50, label: m.lowIsGood ? 'Rising' : 'Steady' },
        { from: 75, label: m.lowIsGood ? 'Severe' : 'Strong' },
      ],
    })),
    ...(due.length > 0 && { flags: due.map((c) => ({ id: c.flag, start: false })) }),
    start: 'decision_1',
    beats: Array.from({ length: answers.decisions }, (_, i) => beat(i + 1, answers, meters, due)),
    ...(due.length > 0 && {
      deadlines: due.map((c) => ({
        id: c.id,
        label: c.label,
        ...(c.reference !== undefined && { reference: c.reference }),
        starts_when: 'visits(decision_1) > 0',
        met_when: c.flag,
        ...(c.hours !== undefined && { hours: c.hours }),
        ...(c.businessDays !== undefined && { business_days: c.businessDays }),
        missed: { effects: Object.fromEntries(meters.slice(0, 2).map((m) => [m.id, helps(m, -10)])) },
      })),
    }),
    endings: [
      { id: 'held', title: 'Trust held', tone: 'best', when: bestWhen, epilogue: 'Rewrite: how the organisation came through, on time and believed.' },
      { id: 'strained', title: 'Strained', tone: 'mixed', when: good(lead, -5), epilogue: 'Rewrite: what it cost to get through.' },
      { id: 'lost', title: 'Trust lost', tone: 'poor', epilogue: 'Rewrite: what went wrong, and what the regulator and the public concluded.' },
    ],
  };
  const doc = new Document(scenario);
  doc.commentBefore = [
    ' yaml-language-server: $schema=./schema.json',
    ' Written by the new-scenario wizard. The schema beside this file gives editors completion:',
    ' crisis-room schema --out <this folder>. Every "Rewrite" is yours to replace.',
  ].join('\n');
  return doc.toString({ lineWidth: 100 });
}
