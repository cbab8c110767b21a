import { describe, expect, it } from 'vitest';
import {
  claim,
  holderAt,
  LEASE_MS,
  newLease,
  REGRANT_GRACE_MS,
  release,
} from '../../../src/ui/sync/lease.ts';

const start = 1_000_000;
/** A lease table that has been up long enough for the reload grace to be over. */
const settled = newLease(start - REGRANT_GRACE_MS);

describe('lease', () => {
  it('grants a free lease to the first console that beats', () => {
    const lease = claim(settled, 'a', false, start);
    expect(holderAt(lease, start)).toBe('a');
  });

  it('keeps a second console out while the holder keeps beating', () => {
    let lease = claim(settled, 'a', false, start);
    for (let t = start + 1000; t < start + 10_000; t += 1000) {
      lease = claim(lease, 'b', false, t);
      lease = claim(lease, 'a', true, t);
      expect(holderAt(lease, t)).toBe('a');
    }
  });

  it('hands over as soon as the holder says goodbye', () => {
    let lease = claim(settled, 'a', false, start);
    lease = release(lease, 'b');
    expect(holderAt(lease, start + 10)).toBe('a');
    lease = release(lease, 'a');
    expect(holderAt(lease, start + 10)).toBeNull();
    lease = claim(lease, 'b', false, start + 20);
    expect(holderAt(lease, start + 20)).toBe('b');
  });

  it('lapses when the holder stops beating, and then the next console takes it', () => {
    let lease = claim(settled, 'a', false, start);
    expect(holderAt(lease, start + LEASE_MS - 1)).toBe('a');
    expect(holderAt(lease, start + LEASE_MS)).toBeNull();
    lease = claim(lease, 'b', false, start + LEASE_MS - 1);
    expect(holderAt(lease, start + LEASE_MS - 1)).toBe('a');
    lease = claim(lease, 'b', false, start + LEASE_MS);
    expect(holderAt(lease, start + LEASE_MS)).toBe('b');
  });

  it('after a projector reload, gives control back to the console that held it', () => {
    let lease = newLease(start);
    lease = claim(lease, 'reader', false, start + 100);
    expect(holderAt(lease, start + 100)).toBeNull();
    lease = claim(lease, 'holder', true, start + 400);
    expect(holderAt(lease, start + 400)).toBe('holder');
  });

  it('after a projector reload, lets any console take control once the grace is over', () => {
    let lease = newLease(start);
    lease = claim(lease, 'reader', false, start + REGRANT_GRACE_MS - 1);
    expect(holderAt(lease, start + REGRANT_GRACE_MS - 1)).toBeNull();
    lease = claim(lease, 'reader', false, start + REGRANT_GRACE_MS);
    expect(holderAt(lease, start + REGRANT_GRACE_MS)).toBe('reader');
  });
});
