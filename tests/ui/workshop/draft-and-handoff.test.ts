/**
 * The workshop's draft (localStorage) and its hand-over to the game (sessionStorage): what is
 * written is read back, a full or broken storage is reported and never throws.
 */
import { describe, expect, it } from 'vitest';
import { readDraft, writeDraft } from '../../../src/ui/workshop/draft-store';
import { MAX_HANDOFF_CHARS, readHandoff, writeHandoff } from '../../../src/ui/workshop-handoff';
import { MemoryStorage } from '../memory-storage';

describe('workshop draft', () => {
  it('keeps the text and its file name across a reload', () => {
    const storage = new MemoryStorage();
    expect(readDraft(storage)).toBeNull();
    expect(writeDraft({ text: 'format: 1\n', file: 'mine.yaml', savedAt: 5 }, storage)).toBe(true);
    expect(readDraft(storage)).toEqual({ text: 'format: 1\n', file: 'mine.yaml', savedAt: 5 });
  });

  it('says when storage refuses it, and ignores a draft it cannot read', () => {
    const full = new MemoryStorage(10);
    expect(writeDraft({ text: 'a long scenario text', file: null, savedAt: 1 }, full)).toBe(false);
    const broken = new MemoryStorage();
    broken.setItem('crisis-room.workshop-draft', '{not json');
    expect(readDraft(broken)).toBeNull();
    broken.setItem('crisis-room.workshop-draft', JSON.stringify({ text: 3 }));
    expect(readDraft(broken)).toBeNull();
  });
});

describe('play in the game hand-over', () => {
  it('hands the text over, and refuses one over the size limit or a full storage', () => {
    const storage = new MemoryStorage();
    expect(readHandoff(storage)).toBeNull();
    expect(writeHandoff({ file: 'mine.yaml', source: 'format: 1' }, storage)).toBe('written');
    expect(readHandoff(storage)).toEqual({ file: 'mine.yaml', source: 'format: 1' });
    // Kept after reading: reloading the game opens it again.
    expect(readHandoff(storage)).toEqual({ file: 'mine.yaml', source: 'format: 1' });
    expect(writeHandoff({ file: 'big.yaml', source: 'x'.repeat(MAX_HANDOFF_CHARS + 1) }, storage)).toBe('too-large');
    expect(writeHandoff({ file: 'mine.yaml', source: 'format: 1' }, new MemoryStorage(5))).toBe('refused');
    const broken = new MemoryStorage();
    broken.setItem('crisis-room.workshop-play', '[1]');
    expect(readHandoff(broken)).toBeNull();
  });
});
