import type { RestoreError, RestoreReason } from '../engine/restore.ts';
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

/**
 * Why a save cannot be restored, in the translator's language. The engine says it in English
 * only (`message`, for logs and tests); a translator without the `files` catalog falls back to it.
 */
export function saveErrorText(error: RestoreError, tr: Translator): string {
  const key = SAVE_WORDS[error.reason];
  return tr.has(key) ? tr.t(key, error.values) : error.message;
}
