/** Which injects the war room marks New: the last delivery, and a beat the room never saw. */
import { describe, expect, it } from 'vitest';
import { freshFrom, type FeedItem } from '../../src/ui/feed-model.ts';

const item = (inject: string, seq: number): FeedItem => ({ inject, variant: undefined, source: 'beat', time: seq, seq });
// The first beat's two injects (seq 0), the skipped beat's memo (seq 1), the next beat's e-mail (seq 2).
const feed = [item('ops_email', 0), item('cs_chat', 0), item('forensics_memo', 1), item('counsel_email', 2)];

describe('freshFrom', () => {
  it('starts at the last delivery when this window has shown no war room yet (a resume)', () => {
    expect(freshFrom(feed, null)).toBe(2);
  });

  it('starts at the first inject the room has not seen when a beat was skipped', () => {
    expect(freshFrom(feed, 0)).toBe(1);
  });

  it('keeps the last delivery new on a redraw of the same war room', () => {
    expect(freshFrom(feed, 2)).toBe(2);
    expect(freshFrom(feed, 1)).toBe(2);
  });

  it('knows no new injects after an undo took later ones away', () => {
    expect(freshFrom(feed.slice(0, 2), 2)).toBe(0);
  });
});
