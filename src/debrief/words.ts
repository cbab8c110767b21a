/** Small lookups and number words shared by the scoring, the report and the exporters. */
import { formatGameTime, parseCause } from '../engine/index';
import { beatById, choiceWithBeat, deadlineById, triggerById } from '../scenario/lookup';
import { text } from '../scenario/index';
import type { Scenario } from '../scenario/types';
import type { DeadlineStatus } from '../engine/types';
import type { BestPathStep, DebriefReport, ObjectiveRating } from './types';

/** HSEEP's wording of the four ratings, as the AAR/IP template spells them. */
export const RATING_WORDS: Readonly<Record<ObjectiveRating, string>> = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
};

/** A deadline's status in the report's words (the report's table and the presenter's slide). */
export const DEADLINE_STATUS_WORDS: Readonly<Record<DeadlineStatus, string>> = {
  idle: 'Never started',
  running: 'Still open at the end',
  met: 'Met',
  missed: 'Missed',
  deficient: 'Met, deficient',
};

/** The rows of the exercise-overview table, shared by every exporter. */
export function overviewRows(o: DebriefReport['overview']): [string, string][] {
  return [
    ['Scenario', `${o.title} (${o.scenarioId}, version ${o.version})`],
    ['Team', o.team || '(not named)'],
    ['Date', `${o.startedAt} to ${o.endedAt}`],
    [
      'Duration',
      `${o.minutes} min played (planned ${o.plannedMinutes} min); ${o.inGameHours} in-game hours`,
    ],
    ['Players', o.role],
    ['Audience', o.audience],
    ['Difficulty', o.difficulty],
    ['Scenario hash', o.hash],
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
export function fmtHours(hours: number | undefined | null): string {
  if (hours === undefined || hours === null || !Number.isFinite(hours)) return '?';
  return `hour ${round1(hours)}`;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The in-game clock as the room saw it, in the game's own words ("Day 2 · Wed 19 Nov 2025, 14:00"). */
export function clockLabel(scenario: Scenario, hours: number): string {
  return formatGameTime(scenario, hours);
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
export function causeLabel(scenario: Scenario, cause: string, lang?: string): string {
  const { kind, id } = parseCause(cause);
  switch (kind) {
    case 'choice':
      return 'the choice';
    case 'beat':
      return `on entering "${beatTitle(scenario, id, lang)}"`;
    case 'deadline': {
      const d = deadlineById(scenario, id);
      return `deadline "${d ? text(d.label, lang) : id}"`;
    }
    case 'trigger': {
      const t = triggerById(scenario, id);
      return t?.inject ? `"${text(t.inject.headline, lang)}"` : id.replace(/_/g, ' ');
    }
    case 'inject': {
      const i = scenario.optionalInjects.find((x) => x.id === id);
      return `inject "${i ? text(i.headline, lang) : id}"`;
    }
    case 'claim':
      return `contradicted claim ("${choiceLabel(scenario, id, lang)}")`;
    default:
      return cause;
  }
}

/**
 * What the team chose at a step of the best path, beside the best choice: "the same" rather than
 * the same choice twice; "(not reached)" when the team never got there.
 */
export function teamCell(step: BestPathStep): string {
  if (step.teamChoice === step.choice) return 'the same';
  return step.teamLabel ?? '(not reached)';
}
