/**
 * The facilitator's feedback switch as the game keeps it: the mode's default until the
 * facilitator sets it, then what was set, beside the session's save (a reload keeps it).
 */
import { describe, expect, it } from 'vitest';
import { feedbackReveal, revealByDefault } from '../../src/ui/feedback-reveal.ts';
import { removeSave } from '../../src/ui/save-store.ts';
import { MemoryStorage } from './memory-storage.ts';

describe('the feedback switch of a session', () => {
  it('keeps the feedback for the debrief in trainee mode, and shows it in a plain projector session', () => {
    expect(revealByDefault(true)).toBe(false);
    expect(revealByDefault(false)).toBe(true);
    const storage = new MemoryStorage();
    expect(feedbackReveal('a', true, storage).revealed()).toBe(false);
    expect(feedbackReveal('b', false, storage).revealed()).toBe(true);
    // Nothing is stored until the facilitator sets it.
    expect(storage.length).toBe(0);
  });

  it('remembers what the facilitator set for that session only, over the default, until the session is deleted', () => {
    const storage = new MemoryStorage();
    const heard: boolean[] = [];
    const first = feedbackReveal('a', false, storage);
    const stop = first.watch((shown) => heard.push(shown));
    first.reveal(false);
    expect(first.revealed()).toBe(false);
    expect(heard).toEqual([false]);
    stop();
    first.reveal(true);
    first.reveal(false);
    expect(heard).toEqual([false]);
    // A reload: the same slot reads it back whatever the mode's default; another session does not.
    expect(feedbackReveal('a', false, storage).revealed()).toBe(false);
    expect(feedbackReveal('b', false, storage).revealed()).toBe(true);
    feedbackReveal('c', true, storage).reveal(true);
    expect(feedbackReveal('c', true, storage).revealed()).toBe(true);
    removeSave('c', storage);
    expect(feedbackReveal('c', true, storage).revealed()).toBe(false);
  });
});
