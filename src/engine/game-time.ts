import type { Scenario } from '../scenario/types';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** A moment of the scenario's calendar: which day of the exercise it is, and the wall-clock moment. */
export interface GameMoment {
  /** 1 on the day the exercise starts. */
  readonly day: number;
  /** The scenario's local time, stored as UTC so the machine's time zone never shifts the story. */
  readonly at: Date;
}

/**
 * Where `hours` after the scenario's `clock_start` falls in its calendar, or null past what a
 * date can hold. The engine only counts; src/debrief/game-time.ts words it in a language.
 */
export function gameMoment(scenario: Scenario, hours: number): GameMoment | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(scenario.meta.clockStart);
  const [year, month, day, hour, minute] = match ? match.slice(1).map(Number) : [2000, 1, 1, 0, 0];
  const start = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const at = new Date(start + Math.round(hours * 60) * 60_000);
  if (Number.isNaN(at.getTime())) return null;
  return { day: Math.floor((at.getTime() - Date.UTC(year!, month! - 1, day!)) / MS_PER_DAY) + 1, at };
}
