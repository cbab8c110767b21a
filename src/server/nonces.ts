/**
 * Replay protection: each sender's nonces must increase, so a message captured and sent again is
 * refused. A message without a usable nonce is answered with nonce 0.
 */
export interface Nonces {
  /** Whether `nonce` is above every nonce `sender` used before (and, if so, remembers it). */
  fresh(sender: string, nonce: number): boolean;
}

export function createNonces(): Nonces {
  const last = new Map<string, number>();
  return {
    fresh(sender, nonce) {
      if (nonce <= (last.get(sender) ?? 0)) return false;
      last.set(sender, nonce);
      return true;
    },
  };
}

/** The nonce a message carries, to answer it with, whatever else is wrong with it. */
export function nonceOf(message: unknown): number {
  const nonce = typeof message === 'object' && message !== null ? (message as { nonce?: unknown }).nonce : undefined;
  return typeof nonce === 'number' && Number.isSafeInteger(nonce) ? nonce : 0;
}
