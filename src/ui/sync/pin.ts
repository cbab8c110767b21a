/**
 * The facilitator PIN (issue #16, point 6; issue #17, point 14). The instructor sets it in the game
 * when first opening the console; the console asks for it. Neither window sends the PIN itself:
 * both derive the same HMAC key from it (PBKDF2 over the PIN, salted with the session's channel
 * id), the console signs its lease claims and each command with the key, and the projector obeys
 * only what carries a valid signature. The projector's snapshot carries a check value, so a
 * console can tell a wrong PIN at once. Web Crypto only: no library, nothing sent anywhere.
 *
 * Its limit, said plainly: every window of the origin hears the channel, so a determined trainee
 * with the developer tools could try all PINs against the check value (each try costs a PBKDF2
 * run). It keeps the answer key out of a casual click, not out of a forensic attack.
 */

/** A PIN is 4 to 12 digits. */
const PIN = /^\d{4,12}$/;
/** A signature: 43 characters of base64url (HMAC-SHA-256). */
const PROOF = /^[A-Za-z0-9_-]{43}$/;
const ITERATIONS = 100_000;

export function isPin(value: string): boolean {
  return PIN.test(value);
}

export function isProof(value: unknown): value is string {
  return typeof value === 'string' && PROOF.test(value);
}

/** The session's HMAC key from the PIN (extractable, so the game can keep it beside the save). */
export async function derivePinKey(pin: string, channelId: string): Promise<CryptoKey> {
  const encoder = new TextEncoder();
  const material = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(`crisis-room.pin:${channelId}`), iterations: ITERATIONS },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    true,
    ['sign', 'verify'],
  );
}

/** The key as text, to keep in storage. */
export async function exportPinKey(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** A key kept by `exportPinKey`, or null when the text is not one. */
export async function importPinKey(text: string): Promise<CryptoKey | null> {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length !== 32) return null;
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
}

export async function sign(key: CryptoKey, text: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))));
}

export async function verify(key: CryptoKey, text: string, proof: unknown): Promise<boolean> {
  if (!isProof(proof)) return false;
  const bytes = fromBase64Url(proof);
  return bytes !== null && crypto.subtle.verify('HMAC', key, bytes, new TextEncoder().encode(text));
}

/** What each signature covers: a lease claim names its console; a command its console, id and body. */
export const signed = {
  check: (): string => 'check',
  lease: (console: string): string => `lease:${console}`,
  command: (console: string, id: string, command: unknown): string => `command:${console}:${id}:${JSON.stringify(command)}`,
};

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
