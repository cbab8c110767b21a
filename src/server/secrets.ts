/** Join codes, facilitator secrets and participant tokens, and how they are compared. */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: a code is read off a projector and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/**
 * 10 characters of 31: about 8 * 10^14 codes. At the join rate limit (one attempt a second per
 * address, rate-limit.ts) a guesser needs about 10^5 years to hit one of a hundred live sessions.
 */
export const CODE_LENGTH = 10;

export function createJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A join code as typed: case and spaces or dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export const isJoinCode = (code: string): boolean => new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(code);

/** 256 random bits, base64url: the facilitator's secret and each participant's token. */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/**
 * The projector's key, derived from the stored hash of the facilitator's secret: the facilitator's
 * page hands it to the projector window, which may only read the board (never a team's choices
 * before the reveal), so it needs no column of its own and is the same on every process.
 */
export function projectorKey(facilitatorHash: string): string {
  return createHmac('sha256', facilitatorHash).update('crisis-room projector').digest('base64url');
}

export function projectorKeyMatches(key: string, facilitatorHash: string): boolean {
  const presented = Buffer.from(key);
  const expected = Buffer.from(projectorKey(facilitatorHash));
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
