/**
 * Issue #16, points 4 and 5, and #17, point 12: every session in its own slot, a bad save kept,
 * and a refused write reported rather than swallowed. Storage here is a plain in-memory Storage
 * (the browser's own is exercised by tests/browser/room-sessions.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SaveFile } from '../../src/engine/types.ts';
import { LEGACY_SLOT, listSaves, removeSave, writeSave } from '../../src/ui/save-store.ts';
import { sessionFileName } from '../../src/ui/session-file-name.ts';
import { MemoryStorage } from './memory-storage.ts';

function save(team: string, savedAt: number): SaveFile {
  return { format: 'crisis-room-save', version: 1, scenario: { id: 'tutorial', version: '1', hash: 'h' }, seed: 1, team, savedAt, log: [], state: {} as SaveFile['state'], paused: false, finished: false };
}

describe('save store', () => {
  it('keeps every session in its own slot, newest first, and deletes only the one asked', () => {
    const storage = new MemoryStorage();
    expect(writeSave('a'.repeat(22), save('Blue', 1), null, storage)).toBe(true);
    expect(writeSave('b'.repeat(22), save('Red', 2), { file: 'x.yaml', source: 'id: x' }, storage)).toBe(true);
    storage.setItem('crisis-room.save', '{"format": "crisis-room-save", "log": [');
    const saves = listSaves(storage);
    expect(saves.map((stored) => [stored.slot, stored.savedAt])).toEqual([
      ['b'.repeat(22), 2],
      ['a'.repeat(22), 1],
      [LEGACY_SLOT, 0],
    ]);
    expect(saves[0]?.custom).toEqual({ file: 'x.yaml', source: 'id: x' });
    // A bad save stays listed (for download) until it is discarded.
    expect(saves[2]?.json).toBeUndefined();
    removeSave(LEGACY_SLOT, storage);
    removeSave('a'.repeat(22), storage);
    expect(listSaves(storage).map((stored) => stored.slot)).toEqual(['b'.repeat(22)]);
  });

  it('says when storage refuses a save instead of swallowing it', () => {
    const storage = new MemoryStorage(50);
    expect(writeSave('a'.repeat(22), save('Blue', 1), null, storage)).toBe(false);
  });
});

describe('sessionFileName', () => {
  it('names a session log by scenario, team and start time, so teams never collide', () => {
    const start = new Date(2026, 11, 2, 14, 5).getTime();
    expect(sessionFileName('tutorial', 'Blue team / CEO', start)).toBe('tutorial-blue-team-ceo-2026-12-02-1405-session.json');
    expect(sessionFileName('tutorial', 'Red team', start)).not.toBe(sessionFileName('tutorial', 'Blue team', start));
    expect(sessionFileName('tutorial', undefined, start)).toBe('tutorial-no-team-2026-12-02-1405-session.json');
  });
});
