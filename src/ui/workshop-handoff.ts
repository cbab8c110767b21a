/**
 * "Play in the game": the workshop hands its scenario text to the game page through
 * sessionStorage. sessionStorage survives the page change within the tab, belongs to that tab only
 * (two workshops in two tabs do not overwrite each other's scenario), and is gone when the tab
 * closes, so nothing accumulates; a BroadcastChannel would need both pages alive at once and a
 * handshake. The text is capped at the loader's file size limit, which is also what the menu's
 * "Open scenario file…" accepts. The entry is kept after reading, so reloading the game page opens
 * the same scenario again; the next "Play in the game" replaces it.
 */
const KEY = 'crisis-room.workshop-play';
/** The game page's address for it. */
export const PLAY_FROM_WORKSHOP_URL = 'index.html?workshop';
/** The live page's address for it: "Run it live" starts a session on the handed-over scenario. */
export const LIVE_FROM_WORKSHOP_URL = 'live.html?workshop';
/** Characters, as the loader's 1 MiB limit counts near enough; larger is refused before writing. */
export const MAX_HANDOFF_CHARS = 1_048_576;

export interface Handoff {
  readonly file: string;
  readonly source: string;
}

export type HandoffResult = 'written' | 'too-large' | 'refused';

export function writeHandoff(handoff: Handoff, storage: Storage = sessionStorage): HandoffResult {
  if (handoff.source.length > MAX_HANDOFF_CHARS) return 'too-large';
  try {
    storage.setItem(KEY, JSON.stringify(handoff));
    return 'written';
  } catch {
    // Storage full or turned off (some private windows).
    return 'refused';
  }
}

/** The scenario the workshop handed over, or null when there is none (or it is not ours). */
export function readHandoff(storage: Storage = sessionStorage): Handoff | null {
  let raw: string | null;
  try {
    raw = storage.getItem(KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { file, source } = value as Record<string, unknown>;
    if (typeof file !== 'string' || typeof source !== 'string' || source.length > MAX_HANDOFF_CHARS) return null;
    return { file, source };
  } catch {
    return null;
  }
}
