/** Test helpers: a session server on a free port over a fresh SQLite data folder. */
import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Room } from 'colyseus.js';
import { bootServer } from '../../src/server/boot.ts';

export const freshDataDir = (): string => mkdtempSync(join(tmpdir(), 'crisis-live-'));

let nextPort = 23000 + Math.floor(Math.random() * 2000);

export async function bootLive(dataDir: string, joinBurst = 1000): Promise<ColyseusTestServer> {
  const { server } = await bootServer({ env: { CRISIS_ROOM_DATA: dataDir }, joinBurst });
  nextPort += 1;
  return boot(server, nextPort);
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
