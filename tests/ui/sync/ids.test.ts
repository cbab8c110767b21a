import { describe, expect, it } from 'vitest';
import {
  channelName,
  createChannelId,
  createPeerId,
  facilitatorUrl,
  isChannelId,
  isPeerId,
} from '../../../src/ui/sync/ids.ts';

describe('ids', () => {
  it('creates channel ids that validate and differ each time', () => {
    const ids = Array.from({ length: 200 }, createChannelId);
    for (const id of ids) expect(isChannelId(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('creates peer ids that validate, and keeps the two kinds apart', () => {
    const peer = createPeerId();
    expect(isPeerId(peer)).toBe(true);
    expect(isChannelId(peer)).toBe(false);
    expect(isPeerId(createChannelId())).toBe(false);
  });

  it('refuses malformed ids', () => {
    for (const id of ['', 'abc', 'a'.repeat(21), 'a'.repeat(23), `${'a'.repeat(21)}/`, 42, null]) {
      expect(isChannelId(id), String(id)).toBe(false);
    }
  });

  it('names the channel after the session and builds the console address', () => {
    const id = createChannelId();
    expect(channelName(id)).toBe(`crisis-room:${id}`);
    expect(facilitatorUrl(id, 'https://example.org/training/index.html?scenario=tutorial')).toBe(
      `https://example.org/training/facilitator.html?session=${id}`,
    );
    expect(
      facilitatorUrl(id, 'http://127.0.0.1:4173/index.html?scenario=tutorial&lang=ko&seed=3'),
    ).toBe(`http://127.0.0.1:4173/facilitator.html?session=${id}&lang=ko`);
  });
});
