import type { RestoreDetailCode, RestoreError, RestoreReason } from '../engine/restore.ts';
import type { MessageKey } from './catalog-types.ts';
import type { Translator } from './translator.ts';

/** One key per reason, spelt out, so the catalogs' tests see every one used. */
const SAVE_WORDS: Readonly<Record<RestoreReason, MessageKey>> = {
  tooLarge: 'files.save.tooLarge',
  truncated: 'files.save.truncated',
  unreadable: 'files.save.unreadable',
  notASave: 'files.save.notASave',
  version: 'files.save.version',
  otherScenario: 'files.save.otherScenario',
  changedScenario: 'files.save.changedScenario',
  noScenarioId: 'files.save.noScenarioId',
  seed: 'files.save.seed',
  team: 'files.save.team',
  lang: 'files.save.lang',
  logTooLong: 'files.save.logTooLong',
  logDamaged: 'files.save.logDamaged',
  logStart: 'files.save.logStart',
  savedAt: 'files.save.savedAt',
  logMismatch: 'files.save.logMismatch',
  stateMismatch: 'files.save.stateMismatch',
  replayFailed: 'files.save.replayFailed',
};

/** The finer cause of a log that does not match or cannot be replayed, filled into the reason's `{detail}`. */
const DETAIL_WORDS: Readonly<Record<RestoreDetailCode, MessageKey>> = {
  wall: 'files.save.log.wall',
  seq: 'files.save.log.seq',
  position: 'files.save.log.position',
  markedAccepted: 'files.save.log.markedAccepted',
  markedRefused: 'files.save.log.markedRefused',
  notices: 'files.save.log.notices',
  machineStuck: 'files.save.replay.machineStuck',
  engineFailed: 'files.save.replay.engineFailed',
};

/**
 * Why a save cannot be restored, in the translator's language. The engine says it in English
 * only (`message`, for logs and tests); a translator without the `files` catalog falls back to it.
 */
export function saveErrorText(error: RestoreError, tr: Translator): string {
  const key = SAVE_WORDS[error.reason];
  if (!tr.has(key)) return error.message;
  if (!error.detail) return tr.t(key, error.values);
  return tr.t(key, { ...error.values, detail: tr.t(DETAIL_WORDS[error.detail.code], error.detail.values) });
}
