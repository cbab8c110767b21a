/**
 * A session restored by many rejoins at once gets one room. Colyseus holds concurrent joins of one
 * code back only about a second while the first creates the room; a restore slower than that (a
 * busy store) let the others create rooms of their own for the same session (bench:live:scale saw
 * two rooms of one session on the surviving process).
 */
import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { LocalPresence, matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseRoom } from '../../src/server/exercise-room.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import type { LiveStore } from '../../src/server/store.ts';
import { memoryStore } from './fake-store.ts';
import { joinRoom } from './live-server.ts';

/** Longer than Colyseus holds concurrent joins back (0.5 s + 0.2 s per waiting join, at most 1.1 s). */
const SLOW_RESTORE_MS = 2000;

let live: ColyseusTestServer;
let slow = false;

beforeAll(async () => {
  const real = memoryStore();
  const store: LiveStore = {
    ...real,
    async readLogs(code) {
      if (slow) await new Promise((done) => setTimeout(done, SLOW_RESTORE_MS));
      return real.readLogs(code);
    },
  };
  const server = new Server({ transport: new WebSocketTransport(), presence: new LocalPresence(), greet: false, gracefullyShutdown: false });
  server.define('exercise', exerciseRoom({ store, joinLimiter: createRateLimiter(1000, 1000) })).filterBy(['code']);
  live = await boot(server, 24500 + Math.floor(Math.random() * 400));
});

afterAll(async () => {
  await live.shutdown();
});

describe('restoring a session', () => {
  it('makes one room however many of its members rejoin at once while it is restored', { timeout: 30_000 }, async () => {
    const facilitator = await joinRoom(live, 'create', { scenario: 'tutorial' });
    const code = facilitator.welcome.code;
    const members = [];
    for (let m = 0; m < 6; m += 1) members.push(await joinRoom(live, 'joinOrCreate', { code, team: 'Red', name: `m${m}` }));
    // The room goes, as with its process; everyone comes back at once, and the restore is slow.
    await live.getRoomById(facilitator.room.roomId).disconnect();
    slow = true;
    const rejoin = async (token: string): Promise<string> => {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        try {
          return (await live.sdk.joinOrCreate('exercise', { code, token })).roomId;
        } catch (error) {
          // The one refusal allowed: the room is being restored, join again.
          expect(String(error)).toMatch(/being restored/);
          await new Promise((done) => setTimeout(done, 300));
        }
      }
      throw new Error('never rejoined');
    };
    const rooms = await Promise.all(members.map((member) => rejoin(member.welcome.token!)));
    slow = false;
    expect(new Set(rooms).size).toBe(1);
    expect(await matchMaker.query({ name: 'exercise' })).toHaveLength(1);
  });
});
