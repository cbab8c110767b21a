/**
 * Whether a stored session can be resumed: restored against its scenario (shipped, or re-read from
 * the file it came from), or set aside with the reason in words, naming both versions when the
 * scenario changed (issue #16, point 5). The menu lists both kinds.
 */
import type { Scenario, Text } from '../scenario/types';
import type { CatalogEntry } from './catalog';
import type { Checker } from './core';
// Restoring is asked for only here, when the menu lists saves: it loads with the checker, not in
// the game's first download, and so do the words for a refused save (the CLI's, saveErrorText).
import { restore, type RestoreError } from '../engine/restore';
import filesEnglish from '../i18n/locales/en/files.json';
import { saveErrorText } from '../i18n/save-words';
import type { Play } from './app-context';
import type { ScenarioSource, StoredSave } from './save-store';
import { addPageEnglish, t, translator } from './lang/ui-language';

addPageEnglish({ files: filesEnglish });

/** Why the engine refused a save, in the page's language. */
const refusedBecause = (error: RestoreError): string => saveErrorText(error, translator());

/** A message for the menu (an unknown `?scenario=`, a save that could not be resumed...). */
export interface MenuMessage {
  readonly text: string;
  /** When set, the menu offers this text for download (the unreadable save). */
  readonly download?: { readonly fileName: string; readonly text: string };
}

/** A save that restored cleanly and waits for the room to say "Resume". */
export interface PendingResume {
  /** Its storage slot, to delete it. */
  readonly slot: string;
  readonly play: Play;
  readonly channel: string | null;
  readonly title: string;
  readonly team: string | null;
  readonly finished: boolean;
  readonly beatTitle: string | null;
  /** Decisions taken so far, for the menu's list. */
  readonly decisions: number;
  /** Wall-clock milliseconds of the session's start and of its last logged event. */
  readonly startedAt: number | null;
  readonly savedAt: number | null;
  /** The game paused the timer itself when it was left: resuming starts it again. */
  readonly held: boolean;
}

/** A stored save that cannot be resumed: kept until the instructor downloads or discards it. */
export interface BadSave {
  readonly slot: string;
  readonly message: MenuMessage;
}

export type SaveCheck = { kind: 'ok'; pending: PendingResume } | { kind: 'bad'; bad: BadSave };

export function checkSave(catalog: readonly CatalogEntry[], text: (value: Text) => string, checker: Checker, stored: StoredSave): SaveCheck {
  const fail = (why: string): SaveCheck => ({
    kind: 'bad',
    bad: {
      slot: stored.slot,
      message: {
        text: t('game.saveCheck.failed', { why }),
        download: { fileName: `crisis-room-save-${stored.scenarioId ?? 'unknown'}.json`, text: stored.raw },
      },
    },
  });
  let scenario: Scenario | null = null;
  let custom: ScenarioSource | null = null;
  if (stored.custom) {
    scenario = checker.loadScenario(stored.custom.source, { file: stored.custom.file }).scenario;
    custom = stored.custom;
  } else if (stored.scenarioId) {
    scenario = catalog.find((entry) => entry.scenario?.meta.id === stored.scenarioId)?.scenario ?? null;
  }
  const anyScenario = scenario ?? catalog.find((entry) => entry.scenario)?.scenario ?? null;
  if (!scenario) {
    // Let the engine say what is wrong with an unreadable save; a readable one names a missing scenario.
    const restored = anyScenario ? restore(stored.raw, anyScenario) : null;
    if (restored && !restored.ok && restored.error.code !== 'other-scenario') return fail(refusedBecause(restored.error));
    return fail(stored.scenarioId ? t('game.saveCheck.noScenario', { id: stored.scenarioId }) : t('game.saveCheck.unnamed'));
  }
  const restored = restore(stored.raw, scenario);
  if (!restored.ok) {
    if (restored.error.code !== 'changed-scenario') return fail(refusedBecause(restored.error));
    // Name both versions, and say so when the text changed under an unchanged version number.
    const was = stored.scenarioVersion ?? 'unknown';
    const now = scenario.meta.version;
    return fail(
      was === now
        ? t('game.saveCheck.textChanged', { title: text(scenario.meta.title), was })
        : t('game.saveCheck.otherVersion', { title: text(scenario.meta.title), was, now }),
    );
  }
  const session = restored.session;
  const beat = scenario.beats.find((candidate) => candidate.id === session.state().beat);
  const log = session.log();
  return {
    kind: 'ok',
    pending: {
      slot: stored.slot,
      play: { scenario, session, custom },
      channel: stored.channel,
      title: text(scenario.meta.title),
      team: session.team ?? null,
      finished: session.finished(),
      beatTitle: beat ? text(beat.title) : null,
      decisions: session.state().chosen.length,
      startedAt: log[0]?.wall ?? null,
      savedAt: log.at(-1)?.wall ?? null,
      held: stored.held,
    },
  };
}
