import { describe, expect, it } from 'vitest';
import { createNonces, nonceOf } from '../../src/server/nonces';

describe('replay protection', () => {
  it('takes only nonces above each sender’s last, senders apart', () => {
    const nonces = createNonces();
    expect(nonces.fresh('ana', 5)).toBe(true);
    expect(nonces.fresh('ana', 5)).toBe(false);
    expect(nonces.fresh('ana', 4)).toBe(false);
    expect(nonces.fresh('ben', 1)).toBe(true);
    expect(nonces.fresh('ana', 6)).toBe(true);
    expect(nonces.fresh('cy', 0)).toBe(false);
  });

  it('answers a message with its own nonce, or 0 when it has no usable one', () => {
    expect(nonceOf({ nonce: 7 })).toBe(7);
    expect(nonceOf({ nonce: 1.5 })).toBe(0);
    expect(nonceOf({ nonce: '7' })).toBe(0);
    expect(nonceOf(null)).toBe(0);
    expect(nonceOf('hello')).toBe(0);
  });
});
