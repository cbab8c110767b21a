/** The seed of one workshop play: the one the author typed, or a fresh one each play. */
import { randomSeed } from '../url-params';

/**
 * `typed` is the seed field's text when the author typed one, else null (then a new random seed).
 * Null back for text that is not a 32-bit seed, the same range as the room's `?seed=`.
 */
export function readPlaySeed(typed: string | null): number | null {
  if (typed === null) return randomSeed();
  const trimmed = typed.trim();
  return /^\d{1,10}$/.test(trimmed) && Number(trimmed) <= 0xffffffff ? Number(trimmed) : null;
}
