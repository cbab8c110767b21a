/**
 * The server's accept queue holds the reconnection storm after a process dies (main.ts): with
 * Node's default of 511 the kernel dropped handshakes during bench:live:scale's rejoins. Read off
 * the listening socket with `ss` (Linux: a LISTEN socket's Send-Q is its backlog, capped by
 * net.core.somaxconn); skipped where `ss` or /proc are not there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { freePort } from '../browser/live-server.ts';
import { killHard, startServerProcess } from './server-process.ts';

const readable = existsSync('/proc/sys/net/core/somaxconn') && ['/usr/bin/ss', '/bin/ss', '/usr/sbin/ss'].some(existsSync);
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) await killHard(child);
});

describe.skipIf(!readable)("the session server's listen backlog", () => {
  it('holds 4,096 waiting connections (or what the kernel allows), not Node default 511', async () => {
    const port = await freePort();
    // The embedded default: no Redis, no PostgreSQL, SQLite in a folder of its own.
    children.push(await startServerProcess(port, { DATABASE_URL: '', REDIS_URL: '', CRISIS_ROOM_DATA: `/tmp/crisis-backlog-${port}`, LIVE_LISTEN_BACKLOG: '' }));
    const line = execFileSync('ss', ['-ltnH', `sport = :${port}`], { encoding: 'utf8' }).trim();
    const backlog = Number(line.split(/\s+/)[2]);
    const cap = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
    expect(backlog).toBe(Math.min(4096, cap));
  }, 60_000);
});
