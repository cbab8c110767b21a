import type { Scenario } from '../scenario/types';
import { compileRules } from './rules';
import { openSession, type Session } from './session';
import { SAVE_FORMAT, SAVE_VERSION, type LogEntry, type SaveFile } from './types';
import { isLogEntry, looksTruncated, sameJson } from './save-shape';
import { isWall, verifyLog, type LogProblem } from './verify-log';
import { stuckMachine } from './stuck-machine';
import { MAX_ID_CHARS, MAX_LOG_ENTRIES, MAX_SAVE_CHARS, MAX_TEAM_CHARS } from './save-limits';

export type RestoreErrorCode = 'unreadable' | 'truncated' | 'not-a-save' | 'version' | 'other-scenario' | 'changed-scenario' | 'corrupt' | 'too-large';

/** What exactly is wrong, finer than the code: a floor that speaks another language words it from this and `values`. */
export type RestoreReason =
  | 'tooLarge'
  | 'truncated'
  | 'unreadable'
  | 'notASave'
  | 'version'
  | 'otherScenario'
  | 'changedScenario'
  | 'noScenarioId'
  | 'seed'
  | 'team'
  | 'lang'
  | 'logTooLong'
  | 'logDamaged'
  | 'logStart'
  | 'savedAt'
  | 'logMismatch'
  | 'stateMismatch'
  | 'replayFailed';

/**
 * What exactly went wrong inside a `logMismatch` (where the log parts from its replay) or a
 * `replayFailed` (the state machine stuck, or the engine stopped with an exception named by
 * `error`): worded by the floor, in its language, into the reason's `{detail}`.
 */
export type RestoreDetailCode = LogProblem | 'machineStuck' | 'engineFailed';

export interface RestoreDetail {
  readonly code: RestoreDetailCode;
  readonly values: Readonly<Record<string, string>>;
}

/** Why a save was refused: its code, the reason and values it is worded from, and its English (`message`) for logs and tests. */
export interface RestoreError {
  readonly code: RestoreErrorCode;
  readonly reason: RestoreReason;
  readonly values: Readonly<Record<string, string>>;
  /** Set for the reasons whose sentence names a finer cause (`logMismatch`, `replayFailed`). */
  readonly detail?: RestoreDetail;
  readonly message: string;
}

export type RestoreResult = { readonly ok: true; readonly session: Session } | { readonly ok: false; readonly error: RestoreError };

const fail = (code: RestoreErrorCode, reason: RestoreReason, message: string, values: Readonly<Record<string, string>> = {}, detail?: RestoreDetail): { readonly ok: false; readonly error: RestoreError } => ({
  ok: false,
  error: { code, reason, values, message, ...(detail ? { detail } : {}) },
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Resumes a saved session: `json` is the save's text or its parsed value. Never throws: every
 * way a save can be wrong is a typed error. Every log entry and the saved state are checked
 * against a replay of the saved log, so a hand-edited save cannot smuggle in a state, a notice
 * or an `accepted` flag its log's events do not produce.
 */
export function restore(json: unknown, scenario: Scenario, options: { now?: () => number } = {}): RestoreResult {
  const checked = verifySave(json, scenario);
  if (!checked.ok) return checked;
  const { seed, team, lang, log } = checked.save;
  try {
    const session = openSession(scenario, { seed, ...(team === undefined ? {} : { team }), ...(lang === undefined ? {} : { lang }), ...(options.now ? { now: options.now } : {}) }, log);
    return { ok: true, session };
  } catch (error) {
    return replayFailed(error);
  }
}

/**
 * A log the checks accepted that the engine still could not replay: the machine stuck where the
 * pure rules went on, or an exception. Only the exception's name is data a floor words; its own
 * text (English, from wherever it was thrown) stays in `message`, for logs.
 */
function replayFailed(error: unknown): { readonly ok: false; readonly error: RestoreError } {
  const stuck = stuckMachine(error);
  if (stuck) {
    const { event, beat } = stuck;
    return fail('corrupt', 'replayFailed', `The save's log cannot be replayed: the scenario's machine took no transition for ${event} at beat '${beat}'.`, {}, { code: 'machineStuck', values: { event, beat } });
  }
  const name = error instanceof Error ? error.name : typeof error;
  const said = error instanceof Error ? error.message : String(error);
  return fail('corrupt', 'replayFailed', `The save's log cannot be replayed: the engine stopped with ${name} (${said}).`, {}, { code: 'engineFailed', values: { error: name } });
}

/** A language tag as a save may keep it ("en", "ko", "ko-KR"); anything else is damage. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

export type VerifiedSave =
  | { readonly ok: true; readonly save: SaveFile }
  | { readonly ok: false; readonly error: RestoreError };

/**
 * The checks of `restore` without opening a session: the save as its replay writes it (the
 * replayed state, the checked log, the time it was saved), or the typed error. For reports,
 * which read a save and never resume it.
 */
export function verifySave(json: unknown, scenario: Scenario): VerifiedSave {
  let data = json;
  if (typeof json === 'string') {
    if (json.length > MAX_SAVE_CHARS) return fail('too-large', 'tooLarge', `The save file is larger than ${MAX_SAVE_CHARS / 1024 / 1024} MB: no session writes that much.`, { megabytes: String(MAX_SAVE_CHARS / 1024 / 1024) });
    try {
      data = JSON.parse(json);
    } catch {
      return looksTruncated(json)
        ? fail('truncated', 'truncated', 'The save file ends early: it was cut off while being written or copied.')
        : fail('unreadable', 'unreadable', 'The save file is not valid JSON.');
    }
  }
  if (!isRecord(data) || data.format !== SAVE_FORMAT) return fail('not-a-save', 'notASave', 'This is not a Crisis Room save file.');
  if (data.version !== SAVE_VERSION) {
    return fail('version', 'version', `The save is format version ${String(data.version)}; this version of Crisis Room reads version ${SAVE_VERSION}.`, {
      saved: String(data.version).slice(0, 40),
      read: String(SAVE_VERSION),
    });
  }
  const saved = data.scenario;
  if (!isRecord(saved) || typeof saved.id !== 'string' || saved.id.length > MAX_ID_CHARS || typeof saved.hash !== 'string') return fail('corrupt', 'noScenarioId', 'The save does not say which scenario it is for.');
  if (saved.id !== scenario.meta.id) {
    return fail('other-scenario', 'otherScenario', `The save is for scenario '${saved.id}', not '${scenario.meta.id}'.`, { saved: saved.id, scenario: scenario.meta.id });
  }
  if (saved.hash !== scenario.hash) {
    const then = String(saved.version).slice(0, 40);
    return fail('changed-scenario', 'changedScenario', `The scenario '${scenario.meta.id}' has changed since this save was made (version ${then} then, ${scenario.meta.version} now); the log may no longer replay.`, {
      scenario: scenario.meta.id,
      then,
      now: scenario.meta.version,
    });
  }
  const { seed, log, team } = data;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return fail('corrupt', 'seed', 'The save has no valid seed.');
  if (team !== undefined && (typeof team !== 'string' || team.length > MAX_TEAM_CHARS)) return fail('corrupt', 'team', 'The save has an invalid team name.');
  const lang = data.lang;
  if (lang !== undefined && (typeof lang !== 'string' || !LANGUAGE_TAG.test(lang))) return fail('corrupt', 'lang', 'The save has an invalid language.');
  if (Array.isArray(log) && log.length > MAX_LOG_ENTRIES) return fail('too-large', 'logTooLong', `The save's log has more than ${MAX_LOG_ENTRIES} entries: no session writes that many.`, { entries: String(MAX_LOG_ENTRIES) });
  if (!Array.isArray(log) || !log.every(isLogEntry)) return fail('corrupt', 'logDamaged', 'The save\'s log is damaged.');
  const entries = log as LogEntry[];
  const first = entries[0]?.event;
  if (first?.type !== 'session.start' || first.seed !== seed || first.team !== team) return fail('corrupt', 'logStart', 'The save\'s log does not begin with the session start.');
  if (typeof data.savedAt !== 'number' || !isWall(data.savedAt)) return fail('corrupt', 'savedAt', 'The save has no valid time of saving.');
  try {
    // The whole log, not only the final state: reports read its notices and flags.
    const checked = verifyLog(compileRules(scenario), entries, seed);
    if (!checked.ok) return fail('corrupt', 'logMismatch', `The save's log does not match its replay: ${checked.message}.`, {}, { code: checked.problem, values: checked.values });
    const { state, progress } = checked;
    const finished = progress.ended || state.ending !== null;
    if (!sameJson(state, data.state) || progress.paused !== data.paused || finished !== data.finished) {
      return fail('corrupt', 'stateMismatch', 'The save\'s state does not match what its log produces.');
    }
    const save: SaveFile = {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      scenario: { id: scenario.meta.id, version: scenario.meta.version, hash: scenario.hash },
      seed,
      ...(team === undefined ? {} : { team }),
      ...(lang === undefined ? {} : { lang }),
      savedAt: data.savedAt,
      log: entries,
      state,
      paused: progress.paused,
      finished,
    };
    return { ok: true, save };
  } catch (error) {
    return replayFailed(error);
  }
}
