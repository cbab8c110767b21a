/** Small lookups and number words shared by the scoring, the report and the exporters. */
import { parseCause } from '../engine/index';
import { formatGameTime } from './game-time';
import { windowLabel } from './window-label';
import { windowText } from '../i18n/window-words';
import { beatById, choiceWithBeat, deadlineById, triggerById } from '../scenario/lookup';
import { text } from '../scenario/index';
import { STRATEGIES, type Deadline, type Rating, type Scenario, type Strategy } from '../scenario/types';
import type { DeadlineStatus } from '../engine/types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import type { BestPathStep, DebriefReport, ObjectiveRating } from './types';

/** HSEEP's wording of a rating, as the AAR/IP template spells it ("Performed with some challenges"). */
export function ratingWords(rating: ObjectiveRating, tr: Translator = debriefEnglish): string {
  return tr.t(`debrief.rating.${rating}`);
}

/** A deadline's status in the report's words (the report's table and the presenter's slide). */
export function deadlineStatusWords(status: DeadlineStatus, tr: Translator = debriefEnglish): string {
  return tr.t(`debrief.deadlineStatus.${status}`);
}

/**
 * A deadline's status as a debrief table or slide shows it, `started` wording the statuses a clock
 * reaches once it runs. A clock this route never started reads "Not started on this route" in every
 * view and export (r10 CISO N2): "idle" beside empty cells read as a duty the team let slide, on a
 * route that never incurred it.
 */
export function deadlineShownWords(status: DeadlineStatus, tr: Translator, started: (status: Exclude<DeadlineStatus, 'idle'>) => string): string {
  return status === 'idle' ? tr.t('debrief.deadlineNotStarted') : started(status);
}

/** HSEEP's wording of the four ratings in English (kept for readers that name them). */
export const RATING_WORDS: Readonly<Record<ObjectiveRating, string>> = {
  P: ratingWords('P'),
  S: ratingWords('S'),
  M: ratingWords('M'),
  U: ratingWords('U'),
};

/** A deadline's status in English words. */
export const DEADLINE_STATUS_WORDS: Readonly<Record<DeadlineStatus, string>> = {
  idle: deadlineStatusWords('idle'),
  running: deadlineStatusWords('running'),
  met: deadlineStatusWords('met'),
  missed: deadlineStatusWords('missed'),
  deficient: deadlineStatusWords('deficient'),
};

/** A choice's rating in words ("recommended"), or "unrated". */
export function choiceRatingWords(rating: Rating | null, tr: Translator = debriefEnglish): string {
  return tr.t(`debrief.choiceRating.${rating ?? 'unrated'}`);
}

/** An SCCT response strategy in words ("rebuild"); one this build does not know, as written. */
export function strategyWords(strategy: string, tr: Translator = debriefEnglish): string {
  return isStrategy(strategy) ? tr.t(`debrief.strategy.${strategy}`) : strategy;
}

const isStrategy = (value: string): value is Strategy => (STRATEGIES as readonly string[]).includes(value);

/** A scenario's difficulty in words; an unknown one (a newer export) as written. */
export function difficultyWords(difficulty: string, tr: Translator = debriefEnglish): string {
  return difficulty === 'introductory' || difficulty === 'intermediate' || difficulty === 'advanced'
    ? tr.t(`debrief.difficulty.${difficulty}`)
    : difficulty;
}

/** The rows of the exercise-overview table, shared by every exporter. */
export function overviewRows(o: DebriefReport['overview'], tr: Translator = debriefEnglish): [string, string][] {
  return [
    [tr.t('debrief.overview.scenario'), tr.t('debrief.overview.scenarioValue', { title: o.title, id: o.scenarioId, version: o.version })],
    [tr.t('debrief.overview.team'), o.team || tr.t('debrief.overview.notNamed')],
    [tr.t('debrief.overview.date'), tr.t('debrief.overview.dateValue', { start: o.startedAt, end: o.endedAt })],
    [
      tr.t('debrief.overview.duration'),
      tr.t('debrief.overview.durationValue', { minutes: o.minutes, planned: o.plannedMinutes, hours: o.inGameHours }),
    ],
    [tr.t('debrief.overview.players'), o.role],
    [tr.t('debrief.overview.audience'), o.audience],
    [tr.t('debrief.overview.difficulty'), difficultyWords(o.difficulty, tr)],
    [tr.t('debrief.overview.hash'), o.hash],
  ];
}

export function choiceLabel(scenario: Scenario, id: string, lang?: string): string {
  const found = choiceWithBeat(scenario, id);
  return found ? text(found.choice.label, lang) : id;
}

export function beatTitle(scenario: Scenario, id: string, lang?: string): string {
  const beat = beatById(scenario, id);
  return beat ? text(beat.title, lang) : id;
}

export function categoryLabel(scenario: Scenario, id: string, lang?: string): string {
  const category = scenario.categories.find((c) => c.id === id);
  return category ? text(category.label, lang) : id;
}

/** "hour 20", "hour 20.5"; "?" when unknown. */
export function fmtHours(hours: number | undefined | null, tr: Translator = debriefEnglish): string {
  if (hours === undefined || hours === null || !Number.isFinite(hours)) return '?';
  return tr.t('common.calendar.pastCalendar', { hours: String(round1(hours)) });
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The in-game clock as the room saw it, in the game's own words ("Day 2 · Wed 19 Nov 2025, 14:00"). */
export function clockLabel(scenario: Scenario, hours: number, tr: Translator = debriefEnglish): string {
  return formatGameTime(scenario, hours, tr);
}

/** An ISO date-time (UTC, minute precision) for a wall-clock time in milliseconds. */
export function isoMinute(wall: number): string {
  if (!Number.isFinite(wall)) return '';
  return new Date(wall).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** `days` after the given wall-clock time, as YYYY-MM-DD. */
export function isoDateAfter(wall: number, days: number): string {
  if (!Number.isFinite(wall)) return '';
  return new Date(wall + days * 86_400_000).toISOString().slice(0, 10);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** A notice's `cause` ("choice:id", "beat:id", "deadline:id", "trigger:id", "inject:id"; "claim:choice" in older logs) in words. */
export function causeLabel(scenario: Scenario, cause: string, lang?: string, tr: Translator = debriefEnglish): string {
  const { kind, id } = parseCause(cause);
  switch (kind) {
    case 'choice':
      return tr.t('debrief.cause.choice');
    case 'beat':
      return tr.t('debrief.cause.beat', { beat: beatTitle(scenario, id, lang) });
    case 'deadline': {
      const d = deadlineById(scenario, id);
      return tr.t('debrief.cause.deadline', { deadline: d ? text(d.label, lang) : id });
    }
    case 'trigger': {
      const t = triggerById(scenario, id);
      return t?.inject ? tr.t('debrief.cause.trigger', { headline: text(t.inject.headline, lang) }) : id.replace(/_/g, ' ');
    }
    case 'inject': {
      const i = scenario.optionalInjects.find((x) => x.id === id);
      return tr.t('debrief.cause.inject', { headline: i ? text(i.headline, lang) : id });
    }
    case 'claim':
      return tr.t('debrief.cause.claim', { choice: choiceLabel(scenario, id, lang) });
    default:
      return cause;
  }
}

/**
 * What the team chose at a step of the best path, beside the best choice: "the same" rather than
 * the same choice twice; "(not reached)" when the team never got there.
 */
export function teamCell(step: BestPathStep, tr: Translator = debriefEnglish): string {
  if (step.teamChoice === step.choice) return tr.t('debrief.teamCell.same');
  return step.teamLabel ?? tr.t('debrief.teamCell.notReached');
}

/** A deadline's window in words, as the game shows it (window-words.ts): "72 h", "영업일 4일". */
export function windowWords(deadline: Deadline, tr: Translator = debriefEnglish): string {
  return windowText(windowLabel(deadline), tr);
}
