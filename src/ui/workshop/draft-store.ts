/**
 * The workshop's draft, kept in localStorage after every change so a reload, a crash or a closed
 * tab loses nothing. Storage may be full or turned off: writing then says so, and the page tells
 * the author to save the file, as the game does for its session saves.
 */
const KEY = 'crisis-room.workshop-draft';

export interface Draft {
  readonly text: string;
  /** The file it was opened from or saved as, for the next Save's name. */
  readonly file: string | null;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
}

export function readDraft(storage: Storage = localStorage): Draft | null {
  try {
    const raw = storage.getItem(KEY);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { text, file, savedAt } = value as Record<string, unknown>;
    if (typeof text !== 'string' || (file !== null && typeof file !== 'string') || typeof savedAt !== 'number') return null;
    return { text, file, savedAt };
  } catch {
    return null;
  }
}

/** False when storage refused it (full, or turned off). */
export function writeDraft(draft: Draft, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
