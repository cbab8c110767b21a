/**
 * The live server under load on loopback: SESSIONS sessions of TEAMS teams of MEMBERS participants
 * (3,000 WebSocket clients by default), each team's decider playing the tutorial to an ending.
 * Reports the server-side p95 from an intent's arrival to the broadcast of its stored event,
 * events lost (acknowledged but not in the store) or duplicated, and memory per session.
 * Run: npm run bench:live [-- --sessions 100 --teams 6 --members 5]
 * (With REDIS_URL and DATABASE_URL set it runs on PostgreSQL; the two-process run with a kill is
 * bench:live:scale.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tests/browser/live-server';
import { killHard, startServerProcess } from '../tests/server/server-process';
import { arg } from './live-args';
import { audit, clientsOf, joinLoad, kibPerSession, metricsOf, mib, untilFinished } from './live-load';

const load = { sessions: arg('sessions', 100), teams: arg('teams', 6), members: arg('members', 5) };
// The same environment for the server and the audit: with DATABASE_URL both use PostgreSQL.
const env = { ...process.env, CRISIS_ROOM_DATA: mkdtempSync(join(tmpdir(), 'crisis-live-bench-')), LIVE_METRICS: '1', LIVE_JOIN_BURST: '100000' };
const port = await freePort();
const server = await startServerProcess(port, env);
const endpoint = `http://127.0.0.1:${port}`;

try {
  const before = await metricsOf(endpoint);
  const started = performance.now();
  const joined = await joinLoad([endpoint], load);
  const joinedAt = performance.now();
  const afterJoin = await metricsOf(endpoint);
  console.log(`${clientsOf(load)} clients joined in ${((joinedAt - started) / 1000).toFixed(1)} s; server rss ${mib(afterJoin.rss)} MiB`);
  joined.start();
  await untilFinished(joined.tallies);
  const played = (performance.now() - joinedAt) / 1000;
  const after = await metricsOf(endpoint);
  const result = await audit(env, joined, load.teams);
  console.log(`played ${joined.tallies.size} team runs in ${played.toFixed(1)} s (${result.unfinished} unfinished); ${after.intents} intents committed`);
  console.log(`server-side intent -> broadcast: p50 ${after.p50.toFixed(2)} ms, p95 ${after.p95.toFixed(2)} ms, p99 ${after.p99.toFixed(2)} ms, max ${after.max.toFixed(1)} ms (target p95 <= 50 ms: ${after.p95 <= 50 ? 'met' : 'NOT met'})`);
  console.log(`lost events ${result.lost}, duplicated ${result.duplicated}, gaps seen by clients ${result.gaps}`);
  console.log(`memory per session: ${kibPerSession(afterJoin.heapUsed - before.heapUsed, load.sessions)} KiB heap, ${kibPerSession(afterJoin.rss - before.rss, load.sessions)} KiB rss (with ${load.teams * load.members + 1} clients each)`);
  process.exitCode = result.lost === 0 && result.duplicated === 0 && result.unfinished === 0 ? 0 : 1;
} finally {
  await killHard(server);
  setTimeout(() => process.exit(), 200);
}
