/** Test helpers: a session server on a free port over a fresh SQLite data folder. */
import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Room } from 'colyseus.js';
import type { LogEntry } from '../../src/engine/types.ts';
import { bootServer } from '../../src/server/boot.ts';

export const freshDataDir = (): string => mkdtempSync(join(tmpdir(), 'crisis-live-'));

let nextPort = 23000 + Math.floor(Math.random() * 2000);

export async function bootLive(dataDir: string, joinBurst = 1000): Promise<ColyseusTestServer> {
  const { server } = await bootServer({ env: { CRISIS_ROOM_DATA: dataDir }, joinBurst });
  nextPort += 1;
  return boot(server, nextPort);
}

/**
 * One server per test file (Colyseus's matchmaker is a process-wide singleton); rooms are cleaned
 * up between tests, and the data folder is shared, as a real server's is.
 */
export function serverPerFile(dataDir: string, ready: (server: ColyseusTestServer) => void): void {
  let live: ColyseusTestServer;
  beforeAll(async () => {
    live = await bootLive(dataDir);
    ready(live);
  });
  afterEach(async () => {
    await live.cleanup();
  });
  afterAll(async () => {
    await live.shutdown();
  });
}

/** Every message of `type` a client room receives, from now on. */
export function collect<T = unknown>(room: Room, type: string): T[] {
  const seen: T[] = [];
  room.onMessage(type, (message: T) => seen.push(message));
  return seen;
}

/** Waits until `check` holds (polling), failing with `what` after a few seconds. */
export async function until(what: string, check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Welcome {
  kind: string;
  code: string;
  secret?: string;
  token?: string;
  projector?: string;
  you?: { id: string; decider?: boolean };
}

/** Joins and resolves with the room and its welcome (sent first, right after the join). */
export async function joinRoom(server: ColyseusTestServer, how: 'create' | 'joinOrCreate', options: Record<string, unknown>): Promise<{ room: Room; welcome: Welcome; entries: { team: string; entry: LogEntry }[]; refused: { nonce: number; reason: string }[]; acks: unknown[] }> {
  const room = how === 'create' ? await server.sdk.create('exercise', options) : await server.sdk.joinOrCreate('exercise', options);
  // A team's session.start reaches its first member twice (the entry, then the whole log);
  // clients keep entries by seq. Here only the moves count.
  const entries: { team: string; entry: LogEntry }[] = [];
  room.onMessage('entry', (message: { team: string; entry: LogEntry }) => {
    if (message.entry.seq > 0) entries.push(message);
  });
  const refused = collect<{ nonce: number; reason: string }>(room, 'refused');
  const acks = collect(room, 'ack');
  for (const type of ['logs', 'roster', 'proposals', 'ended', 'revealed', 'board']) room.onMessage(type, () => undefined);
  const welcomed = room.waitForMessage('welcome');
  room.send('hello', {});
  const welcome = (await welcomed) as Welcome;
  return { room, welcome, entries, refused, acks };
}
