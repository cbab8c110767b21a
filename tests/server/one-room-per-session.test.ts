/**
 * A session restored by many rejoins at once gets one room. Colyseus holds concurrent joins of one
 * code back only about a second while the first creates the room; a restore slower than that (a
 * busy store) let the others create rooms of their own for the same session (bench:live:scale saw
 * two rooms of one session on the surviving process). The others now wait for the room instead of
 * being refused and asking again, and the rooms of a dead process are restored a few at a time.
 */
import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { LocalPresence, matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineExercise } from '../../src/server/exercise-room.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { RESTORES_AT_ONCE } from '../../src/server/restore-queue.ts';
import type { LiveStore } from '../../src/server/store.ts';
import { memoryStore } from './fake-store.ts';
import { joinRoom } from './live-server.ts';

/** Longer than Colyseus holds concurrent joins back (0.5 s + 0.2 s per waiting join, at most 1.1 s). */
const SLOW_RESTORE_MS = 2000;

let live: ColyseusTestServer;
let slowMs = 0;
/** Restores reading their logs right now, and the most seen at once. */
let reading = 0;
let mostReading = 0;

beforeAll(async () => {
  const real = memoryStore();
  const store: LiveStore = {
    ...real,
    async readLogs(code) {
      reading += 1;
      mostReading = Math.max(mostReading, reading);
      try {
        if (slowMs > 0) await new Promise((done) => setTimeout(done, slowMs));
        return real.readLogs(code);
      } finally {
        reading -= 1;
      }
    },
  };
  const server = new Server({ transport: new WebSocketTransport(), presence: new LocalPresence(), greet: false, gracefullyShutdown: false });
  defineExercise(server, { store, joinLimiter: createRateLimiter(1000, 1000) });
  live = await boot(server, 24500 + Math.floor(Math.random() * 400));
});

afterAll(async () => {
  await live.shutdown();
});

/** A session with `members` members in one team; returns its code and their tokens, its room gone as with its process. */
async function sessionWithoutRoom(members: number): Promise<{ code: string; tokens: string[] }> {
  const facilitator = await joinRoom(live, 'create', { scenario: 'tutorial' });
  const code = facilitator.welcome.code;
  const tokens: string[] = [];
  for (let m = 0; m < members; m += 1) tokens.push((await joinRoom(live, 'joinOrCreate', { code, team: 'Red', name: `m${m}` })).welcome.token!);
  await live.getRoomById(facilitator.room.roomId).disconnect();
  return { code, tokens };
}

describe('restoring a session', () => {
  it('makes one room however many of its members rejoin at once, none of them refused while it is restored', { timeout: 30_000 }, async () => {
    const { code, tokens } = await sessionWithoutRoom(6);
    slowMs = SLOW_RESTORE_MS;
    const rooms = await Promise.all(tokens.map(async (token) => (await joinRoom(live, 'joinOrCreate', { code, token })).room.roomId));
    slowMs = 0;
    expect(new Set(rooms).size).toBe(1);
    expect(await matchMaker.query({ name: 'exercise' })).toHaveLength(1);
  });

  it('restores the rooms of many sessions a few at a time', { timeout: 30_000 }, async () => {
    const sessions = [];
    for (let s = 0; s < RESTORES_AT_ONCE + 3; s += 1) sessions.push(await sessionWithoutRoom(1));
    slowMs = 200;
    mostReading = 0;
    await Promise.all(sessions.map(({ code, tokens }) => joinRoom(live, 'joinOrCreate', { code, token: tokens[0]! })));
    slowMs = 0;
    expect(mostReading).toBe(RESTORES_AT_ONCE);
  });
});
