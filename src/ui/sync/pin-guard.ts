/**
 * The projector's side of the facilitator PIN (pin.ts): it holds the key the game derived from
 * the PIN, publishes the check value consoles test their PIN against, and tells whether a lease
 * claim or a command carries a valid signature. Unbound (`required` false), everything passes.
 */
import { sign, signed, verify } from './pin.ts';
import type { Command } from './protocol.ts';

export interface PinGuard {
  /** Whether control is bound to the PIN (then nothing passes until `setKey`). */
  readonly required: boolean;
  /** The check value for the snapshot; null while no PIN is set. */
  check(): string | null;
  setKey(key: CryptoKey): Promise<void>;
  /** Whether `console` may hold the control lease. */
  allowsLease(console: string, proof: unknown): Promise<boolean>;
  /** Whether `command` was signed by a console that knows the PIN. */
  allowsCommand(console: string, id: string, command: Command, proof: unknown): Promise<boolean>;
}

export function pinGuard(required: boolean): PinGuard {
  let pin: { key: CryptoKey; check: string } | null = null;
  const passes = async (text: string, proof: unknown): Promise<boolean> =>
    !required || (pin !== null && (await verify(pin.key, text, proof)));
  return {
    required,
    check: () => pin?.check ?? null,
    async setKey(key) {
      pin = { key, check: await sign(key, signed.check()) };
    },
    allowsLease: (console, proof) => passes(signed.lease(console), proof),
    allowsCommand: (console, id, command, proof) =>
      passes(signed.command(console, id, command), proof),
  };
}
