/**
 * The facilitator's signing key in this browser (issue #17, point 4): made in the console, kept
 * in the origin's storage beside the sessions and their PINs, and used by the game to sign the
 * debrief's JSON exports. Anyone with this browser profile can sign with it, so it tells an
 * untouched export made on the facilitator's computer, not who sat at it.
 */
import { createFacilitatorKey, readStoredKey, storedKeyText, type FacilitatorKey } from '../debrief/export-signature';

const STORAGE_KEY = 'crisis-room.facilitator-signing-key';

/** The key kept in this browser, or null when there is none (or storage cannot be read). */
export async function storedFacilitatorKey(storage: Storage = localStorage): Promise<FacilitatorKey | null> {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  return text === null ? null : readStoredKey(text);
}

/** Makes a key and keeps it; throws with a message when storage refuses it. */
export async function keepNewFacilitatorKey(storage: Storage = localStorage): Promise<FacilitatorKey> {
  const key = await createFacilitatorKey();
  try {
    storage.setItem(STORAGE_KEY, await storedKeyText(key));
  } catch {
    throw new Error('This browser refused to keep the key (its storage is full or blocked).');
  }
  return key;
}
