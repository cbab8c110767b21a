/**
 * Several server processes sharing Redis (Colyseus's presence and driver) and PostgreSQL (the
 * logs). Needs REDIS_URL and DATABASE_URL (`eval "$(bash scripts/live-services.sh)"`; .ci/run does
 * it). Without them the tests are reported as skipped, never passed; under CI they fail.
 */
import { Client, type Room } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import type { LogEntry } from '../../src/engine/types.ts';
import { openPgStore } from '../../src/server/pg-store.ts';
import { freePort } from '../browser/live-server.ts';
import { killHard, startServerProcess } from './server-process.ts';

const { REDIS_URL, DATABASE_URL, CI } = process.env;
const ready = Boolean(REDIS_URL && DATABASE_URL);
if (!ready && CI) throw new Error('REDIS_URL and DATABASE_URL must be set under CI: .ci/run starts Redis and PostgreSQL (scripts/live-services.sh).');

const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) await killHard(child);
});

function quiet(room: Room): void {
  for (const type of ['logs', 'roster', 'entry', 'ack', 'refused', 'proposals', 'ended']) room.onMessage(type, () => undefined);
}

describe.skipIf(!ready)('live sessions on several processes (Redis and PostgreSQL)', () => {
  it('a room lives on one process, is reached through another, and is restored on the other when its process is killed', async () => {
    const env = { REDIS_URL, DATABASE_URL };
    const [portA, portB] = [await freePort(), await freePort()];
    const a = await startServerProcess(portA, env);
    const b = await startServerProcess(portB, env);
    children.push(a, b);

    const facilitator = await new Client(`http://127.0.0.1:${portA}`).create('exercise', { scenario: 'tutorial' });
    const welcomed = new Promise<{ code: string }>((done) => facilitator.onMessage('welcome', done));
    quiet(facilitator);
    facilitator.send('hello', {});
    const welcome = await welcomed;

    // The team asks process B; the shared driver sends it to the room on A.
    const viaB = new Client(`http://127.0.0.1:${portB}`);
    const team = await viaB.joinOrCreate('exercise', { code: welcome.code, team: 'Red' });
    const teamWelcomed = new Promise<{ token: string }>((done) => team.onMessage('welcome', done));
    quiet(team);
    team.send('hello', {});
    const joined = await teamWelcomed;
    const acks: unknown[] = [];
    team.onMessage('ack', (ack: unknown) => acks.push(ack));
    team.send('intent', { nonce: 1, at: 1, kind: 'choose', choice: 'notify_now' });
    await expect.poll(() => acks.length, { timeout: 10_000 }).toBe(1);

    await killHard(a);
    let logs: Record<string, LogEntry[]> | null = null;
    for (let attempt = 0; attempt < 20 && !logs; attempt += 1) {
      try {
        const again = await viaB.joinOrCreate('exercise', { code: welcome.code, token: joined.token });
        const sent = new Promise<{ logs: Record<string, LogEntry[]> }>((done) => again.onMessage('logs', done));
        for (const type of ['welcome', 'roster', 'entry', 'ack', 'refused', 'proposals', 'ended']) again.onMessage(type, () => undefined);
        again.send('hello', {});
        logs = (await sent).logs;
      } catch {
        await new Promise((done) => setTimeout(done, 500));
      }
    }
    expect(logs?.Red?.map((entry) => entry.event.type)).toEqual(['session.start', 'player.choose']);
    const store = await openPgStore(DATABASE_URL!);
    expect((await store.readLogs(welcome.code)).get('Red')).toHaveLength(2);
    await store.close();
  });
});
