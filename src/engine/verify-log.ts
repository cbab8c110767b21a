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

/**
 * How a saved entry parts from its replay: the entry's own wall-clock time or number is
 * impossible, it sits at another beat or hour, it is marked accepted (or refused) where the
 * replay refuses (or accepts) it, or it lists other notices.
 */
export type LogProblem = 'wall' | 'seq' | 'position' | 'markedAccepted' | 'markedRefused' | 'notices';

/**
 * The first entry that parts from its replay, as data a floor words in its language: `entry`
 * and `event` always, `seq` for a misnumbered entry, `beat`, `hour`, `replayBeat` and
 * `replayHour` for a misplaced one. `message` is its English, for logs and tests.
 */
export interface LogMismatch {
  readonly problem: LogProblem;
  readonly values: Readonly<Record<string, string>>;
  readonly message: string;
}

export type LogCheck =
  | { readonly ok: true; readonly state: GameState; readonly progress: Progress }
  | ({ readonly ok: false } & LogMismatch);

/** The mismatch at `entry`, the `index`th of its log: `message` is its English after "entry 3 (player.choose)". */
function parted(index: number, entry: LogEntry, problem: LogProblem, message: string, values: Readonly<Record<string, string>> = {}): LogCheck {
  const event = entry.event.type;
  return { ok: false, problem, values: { entry: String(index), event, ...values }, message: `entry ${index} (${event}) ${message}` };
}

/** A wall-clock reading a Date can show: a finite, non-negative number of milliseconds. */
export const isWall = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= MAX_WALL;

/**
 * Replays `log` with the pure rules from `seed` and compares every entry with the one the replay
 * would have written. The first difference is the mismatch; the replayed state and progress when
 * the whole log agrees.
 */
export function verifyLog(rules: Rules, log: readonly LogEntry[], seed: number): LogCheck {
  const driver = stepDriver(rules, seed);
  const progress: Progress = { paused: false, ended: false, effective: [] };
  const initial = rules.initial(seed);
  for (let index = 0; index < log.length; index++) {
    const entry = log[index]!;
    const before = driver.state();
    if (!isWall(entry.wall)) return parted(index, entry, 'wall', 'has an impossible wall-clock time');
    if (entry.seq !== index) return parted(index, entry, 'seq', `is numbered ${entry.seq}`, { seq: String(entry.seq) });
    if (entry.beat !== before.beat || entry.time !== before.time) {
      return parted(index, entry, 'position', `says beat '${entry.beat}' at hour ${entry.time}; the replay is at beat '${before.beat}', hour ${before.time}`, {
        beat: entry.beat,
        hour: String(entry.time),
        replayBeat: before.beat,
        replayHour: String(before.time),
      });
    }
    const result =
      index === 0
        ? entry.event.type === 'session.start'
          ? { accepted: true, notices: initial.notices }
          : { accepted: false, notices: [] }
        : dispatch(driver, progress, entry.event);
    if (result.accepted !== entry.accepted) {
      return entry.accepted ? parted(index, entry, 'markedAccepted', 'is marked accepted; the replay refuses it') : parted(index, entry, 'markedRefused', 'is marked refused; the replay accepts it');
    }
    if (!sameJson(result.notices, entry.notices)) return parted(index, entry, 'notices', 'lists notices its replay does not produce');
  }
  return { ok: true, state: driver.state(), progress };
}
