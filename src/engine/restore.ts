import type { Scenario } from '../scenario/types';
import { replayLog } from './replay';
import { compileRules } from './rules';
import { openSession, type Session } from './session';
import { SAVE_FORMAT, SAVE_VERSION, type LogEntry } from './types';
import { isLogEntry, looksTruncated, sameJson } from './save-shape';

export type RestoreErrorCode = 'unreadable' | 'truncated' | 'not-a-save' | 'version' | 'other-scenario' | 'changed-scenario' | 'corrupt';

export type RestoreResult =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly error: { readonly code: RestoreErrorCode; readonly message: string } };

const fail = (code: RestoreErrorCode, message: string): RestoreResult => ({ ok: false, error: { code, message } });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Resumes a saved session: `json` is the save's text or its parsed value. Never throws: every
 * way a save can be wrong is a typed error. The saved state is checked against a replay of the
 * saved log, so a hand-edited save cannot smuggle in a state its log does not produce.
 */
export function restore(json: unknown, scenario: Scenario, options: { now?: () => number } = {}): RestoreResult {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      return looksTruncated(json)
        ? fail('truncated', 'The save file ends early: it was cut off while being written or copied.')
        : fail('unreadable', 'The save file is not valid JSON.');
    }
  }
  if (!isRecord(data) || data.format !== SAVE_FORMAT) return fail('not-a-save', 'This is not a Crisis Room save file.');
  if (data.version !== SAVE_VERSION) {
    return fail('version', `The save is format version ${String(data.version)}; this version of Crisis Room reads version ${SAVE_VERSION}.`);
  }
  const saved = data.scenario;
  if (!isRecord(saved) || typeof saved.id !== 'string' || typeof saved.hash !== 'string') return fail('corrupt', 'The save does not say which scenario it is for.');
  if (saved.id !== scenario.meta.id) {
    return fail('other-scenario', `The save is for scenario '${saved.id}', not '${scenario.meta.id}'.`);
  }
  if (saved.hash !== scenario.hash) {
    return fail('changed-scenario', `The scenario '${scenario.meta.id}' has changed since this save was made (version ${String(saved.version)} then, ${scenario.meta.version} now); the log may no longer replay.`);
  }
  const { seed, log, team } = data;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return fail('corrupt', 'The save has no valid seed.');
  if (team !== undefined && typeof team !== 'string') return fail('corrupt', 'The save has an invalid team name.');
  if (!Array.isArray(log) || !log.every(isLogEntry)) return fail('corrupt', 'The save\'s log is damaged.');
  const entries = log as LogEntry[];
  const first = entries[0]?.event;
  if (first?.type !== 'session.start' || first.seed !== seed) return fail('corrupt', 'The save\'s log does not begin with the session start.');
  try {
    const { state, progress } = replayLog(compileRules(scenario), entries, seed);
    const finished = progress.ended || state.ending !== null;
    if (!sameJson(state, data.state) || progress.paused !== data.paused || finished !== data.finished) {
      return fail('corrupt', 'The save\'s state does not match what its log produces.');
    }
    const session = openSession(scenario, { seed, ...(team === undefined ? {} : { team }), ...(options.now ? { now: options.now } : {}) }, entries);
    return { ok: true, session };
  } catch (error) {
    return fail('corrupt', `The save's log cannot be replayed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
