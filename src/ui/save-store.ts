/**
 * Every session kept in localStorage, one slot per session, written after every log entry
 * (issue #16, point 4). A slot is named by the session's channel id, which is random per session.
 * A scenario opened from a file is not in the catalog, so its source is kept beside the save to
 * make it resumable too. A save that cannot be resumed stays in its slot until the instructor
 * downloads or discards it (point 5). Saves of older versions lived in one slot; they are listed
 * too, and moved to their own slot when resumed.
 */
import type { SaveFile } from '../engine/types';

const SAVE_PREFIX = 'crisis-room.session.';
const SOURCE_PREFIX = 'crisis-room.session-source.';
/** Set while the game itself holds the decision timer (page hidden or closed, room on the menu). */
const HELD_PREFIX = 'crisis-room.session-held.';
/** The facilitator PIN's derived key (never the PIN itself), see src/ui/sync/pin.ts. */
const PIN_PREFIX = 'crisis-room.session-pin.';
/** The facilitator's feedback switch: '1' shows the room the expert feedback, '0' keeps it for the debrief. */
const REVEAL_PREFIX = 'crisis-room.session-reveal.';
/** The interface language the session is played in (issue #20: its debrief comes out in it). */
const LANG_PREFIX = 'crisis-room.session-lang.';
/** The room's view of this session: 'projector' or 'standard' (display-mode.ts). */
const DISPLAY_PREFIX = 'crisis-room.session-display.';
const LEGACY_SAVE = 'crisis-room.save';
const LEGACY_SOURCE = 'crisis-room.save-source';
const LEGACY_CHANNEL = 'crisis-room.channel';

/** The slot id of a save from the one-slot days. */
export const LEGACY_SLOT = 'legacy';

export interface ScenarioSource {
  readonly file: string;
  readonly source: string;
}

export interface StoredSave {
  /** The slot: the session's channel id, or LEGACY_SLOT. */
  readonly slot: string;
  /** Exactly what was stored, for the download offered when it cannot be resumed. */
  readonly raw: string;
  /** The parsed JSON, or undefined when the text is not JSON at all. */
  readonly json: unknown;
  /** The scenario id the save names, when it names one. */
  readonly scenarioId: string | null;
  /** The scenario version the save names, when it names one. */
  readonly scenarioVersion: string | null;
  /** When the save was written (its `savedAt`), for ordering; 0 when unknown. */
  readonly savedAt: number;
  /** The source of a scenario that came from a file rather than the catalog. */
  readonly custom: ScenarioSource | null;
  /** The facilitation channel of the saved session, so consoles reconnect after a reload. */
  readonly channel: string | null;
  /** The game paused the timer itself when it was last left; it resumes it when shown again. */
  readonly held: boolean;
}

/** Every stored session, most recently saved first. */
export function listSaves(storage: Storage = localStorage): StoredSave[] {
  const keys = safely(() => Array.from({ length: storage.length }, (_, index) => storage.key(index))) ?? [];
  const saves: StoredSave[] = [];
  for (const key of keys) {
    if (key === null || !key.startsWith(SAVE_PREFIX)) continue;
    const slot = key.slice(SAVE_PREFIX.length);
    const stored = readSlot(storage, key, SOURCE_PREFIX + slot, slot, slot, safely(() => storage.getItem(HELD_PREFIX + slot)) === '1');
    if (stored) saves.push(stored);
  }
  const legacy = readSlot(storage, LEGACY_SAVE, LEGACY_SOURCE, LEGACY_SLOT, safely(() => storage.getItem(LEGACY_CHANNEL)), false);
  if (legacy) saves.push(legacy);
  return saves.sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * Writes a session's save into its slot. Returns false when storage refused it (full, or
 * disabled): the caller must say so, since the session now lives only in memory (issue #17, 12).
 */
export function writeSave(slot: string, save: SaveFile, custom: ScenarioSource | null, storage: Storage = localStorage): boolean {
  return (
    safely(() => {
      storage.setItem(SAVE_PREFIX + slot, JSON.stringify(save));
      if (custom) storage.setItem(SOURCE_PREFIX + slot, JSON.stringify(custom));
      else storage.removeItem(SOURCE_PREFIX + slot);
      return true;
    }) ?? false
  );
}

/** Deletes a session's slot (the instructor discarded it, or it moved to a slot of its own). */
export function removeSave(slot: string, storage: Storage = localStorage): void {
  safely(() => {
    if (slot === LEGACY_SLOT) {
      storage.removeItem(LEGACY_SAVE);
      storage.removeItem(LEGACY_SOURCE);
      storage.removeItem(LEGACY_CHANNEL);
      return;
    }
    storage.removeItem(SAVE_PREFIX + slot);
    storage.removeItem(SOURCE_PREFIX + slot);
    storage.removeItem(HELD_PREFIX + slot);
    storage.removeItem(PIN_PREFIX + slot);
    storage.removeItem(REVEAL_PREFIX + slot);
    storage.removeItem(LANG_PREFIX + slot);
    storage.removeItem(DISPLAY_PREFIX + slot);
  });
}

/** Keeps the session's facilitator PIN key, so a reload keeps the PIN. */
export function writePinKey(slot: string, key: string, storage: Storage = localStorage): void {
  safely(() => storage.setItem(PIN_PREFIX + slot, key));
}

export function readPinKey(slot: string, storage: Storage = localStorage): string | null {
  return safely(() => storage.getItem(PIN_PREFIX + slot));
}

/** Keeps the facilitator's feedback switch with the session, so a reload keeps it. */
export function writeReveal(slot: string, reveal: boolean, storage: Storage = localStorage): void {
  safely(() => storage.setItem(REVEAL_PREFIX + slot, reveal ? '1' : '0'));
}

/** The session's feedback switch as last set, or null when the facilitator never set it. */
export function readReveal(slot: string, storage: Storage = localStorage): boolean | null {
  const stored = safely(() => storage.getItem(REVEAL_PREFIX + slot));
  return stored === '1' ? true : stored === '0' ? false : null;
}

/** Keeps the language a session is played in beside its save. */
export function writeSessionLang(slot: string, lang: string, storage: Storage = localStorage): void {
  safely(() => storage.setItem(LANG_PREFIX + slot, lang));
}

/** The language a session was played in, or null for a session from before languages were kept. */
export function readSessionLang(slot: string, storage: Storage = localStorage): string | null {
  return safely(() => storage.getItem(LANG_PREFIX + slot));
}

/** Keeps the session's view (projector or standard), so a resumed session comes back in it. */
export function writeDisplay(slot: string, mode: string, storage: Storage = localStorage): void {
  safely(() => storage.setItem(DISPLAY_PREFIX + slot, mode));
}

/** The session's view as last kept, or null (then the browser's choice applies). */
export function readDisplay(slot: string, storage: Storage = localStorage): string | null {
  return safely(() => storage.getItem(DISPLAY_PREFIX + slot));
}

/** Marks whether the game (not the facilitator) paused this session's decision timer. */
export function writeHeld(slot: string, held: boolean, storage: Storage = localStorage): void {
  safely(() => (held ? storage.setItem(HELD_PREFIX + slot, '1') : storage.removeItem(HELD_PREFIX + slot)));
}

// In a module of its own, so the workshop can offer downloads without the game's save store.
export { downloadText } from './dom/download-text';

function readSlot(storage: Storage, saveKey: string, sourceKey: string, slot: string, channel: string | null, held: boolean): StoredSave | null {
  const raw = safely(() => storage.getItem(saveKey));
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const scenario = isRecord(json) && isRecord(json.scenario) ? json.scenario : null;
  const savedAt = isRecord(json) && typeof json.savedAt === 'number' && Number.isFinite(json.savedAt) ? json.savedAt : 0;
  return {
    slot,
    raw,
    json,
    scenarioId: scenario && typeof scenario.id === 'string' ? scenario.id : null,
    scenarioVersion: scenario && typeof scenario.version === 'string' ? scenario.version : null,
    savedAt,
    custom: readCustom(storage, sourceKey),
    channel,
    held,
  };
}

function readCustom(storage: Storage, key: string): ScenarioSource | null {
  const raw = safely(() => storage.getItem(key));
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (isRecord(value) && typeof value.file === 'string' && typeof value.source === 'string') {
      return { file: value.file, source: value.source };
    }
  } catch {
    // An unreadable source means the save cannot be resumed; the menu says so.
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Storage can be disabled or full (private windows, quotas). */
function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
