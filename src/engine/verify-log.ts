/**
 * Checks a saved log entry by entry against its replay. Everything a report reads from a log
 * (the notices behind the timeline, "Chose:" lines and meter chart, the `accepted` flags, the
 * beat and game time of each entry) must be what the pure rules produce from its events and
 * seed; only the wall-clock times are the save's own word.
 */
import { type Progress, dispatch } from './progress';
import { stepDriver } from './replay';
import type { Rules } from './rules';
import { sameJson } from './save-shape';
import type { GameState, LogEntry } from './types';

/** The latest time a JavaScript Date can hold, in milliseconds since the epoch. */
export const MAX_WALL = 8.64e15;

export type LogCheck =
  | { readonly ok: true; readonly state: GameState; readonly progress: Progress }
  | { readonly ok: false; readonly message: string };

/** A wall-clock reading a Date can show: a finite, non-negative number of milliseconds. */
export const isWall = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= MAX_WALL;

/**
 * Replays `log` with the pure rules from `seed` and compares every entry with the one the replay
 * would have written. The first difference is the message; the replayed state and progress when
 * the whole log agrees.
 */
export function verifyLog(rules: Rules, log: readonly LogEntry[], seed: number): LogCheck {
  const driver = stepDriver(rules, seed);
  const progress: Progress = { paused: false, ended: false, effective: [] };
  const initial = rules.initial(seed);
  for (let index = 0; index < log.length; index++) {
    const entry = log[index]!;
    const before = driver.state();
    const where = `entry ${index} (${entry.event.type})`;
    if (!isWall(entry.wall)) return { ok: false, message: `${where} has an impossible wall-clock time` };
    if (entry.seq !== index) return { ok: false, message: `${where} is numbered ${entry.seq}` };
    if (entry.beat !== before.beat || entry.time !== before.time) {
      return { ok: false, message: `${where} says beat '${entry.beat}' at hour ${entry.time}; the replay is at beat '${before.beat}', hour ${before.time}` };
    }
    const result =
      index === 0
        ? entry.event.type === 'session.start'
          ? { accepted: true, notices: initial.notices }
          : { accepted: false, notices: [] }
        : dispatch(driver, progress, entry.event);
    if (result.accepted !== entry.accepted) {
      return { ok: false, message: `${where} is marked ${entry.accepted ? 'accepted' : 'refused'}; the replay ${result.accepted ? 'accepts' : 'refuses'} it` };
    }
    if (!sameJson(result.notices, entry.notices)) return { ok: false, message: `${where} lists notices its replay does not produce` };
  }
  return { ok: true, state: driver.state(), progress };
}
