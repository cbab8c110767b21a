/**
 * The live server under load on loopback: SESSIONS sessions of TEAMS teams of MEMBERS participants
 * (3,000 WebSocket clients by default), each team's decider playing the tutorial to an ending.
 * Reports the server-side p95 from an intent's arrival to the broadcast of its stored event,
 * events lost (acknowledged but not in the store) or duplicated, and memory per session.
 * With DATABASE_URL (and REDIS_URL) set it runs the same load twice in one run: first on the
 * embedded SQLite store as the baseline, then on PostgreSQL, and prints PostgreSQL's figures as
 * ratios to the baseline's (this machine's load varies too much between runs to compare runs).
 * Run: npm run bench:live [-- --sessions 100 --teams 6 --members 5 --ramp 40 --processes 6 --commits 1,4 --batch 64,512 --think 20000]
 * (--ramp: clients joined per second; --processes: client processes, by default one per 500
 * participants; --think: each decider waits a random 0 to that many ms before each move, as a room
 * deliberates, where by default every team moves the instant it can; the two-process run with a
 * kill is bench:live:scale.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tests/browser/live-server';
import { killHard, startServerProcess } from '../tests/server/server-process';
import { arg, loadOf } from './live-args';
import { niceServer } from './live-workers';
import { tcpCounters, tcpSince } from './tcp-counters';
import { audit, clientsOf, joinLoad, kibPerSession, loopOf, metricsOf, mib, phasesOf, queuesOf, untilFinished, type Load } from './live-load';

const load: Load = loadOf(100);
const think = arg('think', 0);
// The client processes read it from their environment (live-client.ts).
process.env.LIVE_BENCH_THINK_MS = String(think);
console.log(think > 0 ? `deciders think a random 0-${think} ms before each move` : 'deciders move the instant they can: every team at once, in waves (--think MS to pace them)');

interface Figures {
  p95: number;
  lost: number;
  duplicated: number;
  unfinished: number;
}

async function run(label: string, env: NodeJS.ProcessEnv): Promise<Figures> {
  const port = await freePort();
  const server = await startServerProcess(port, env);
  niceServer(server.pid);
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    const before = await metricsOf(endpoint);
    const tcpBefore = tcpCounters();
    const started = performance.now();
    const joined = await joinLoad([endpoint], load);
    const joinedAt = performance.now();
    const afterJoin = await metricsOf(endpoint);
    // From here the figures are the play's alone (the joins' writes were group commits too).
    await fetch(`${endpoint}/live/metrics/reset`);
    console.log(`[${label}] ${clientsOf(load)} clients joined in ${((joinedAt - started) / 1000).toFixed(1)} s (${joined.retries()} join retries); server rss ${mib(afterJoin.rss)} MiB`);
    joined.start();
    await untilFinished(joined.tallies);
    const played = (performance.now() - joinedAt) / 1000;
    const after = await metricsOf(endpoint);
    // The clients' last tallies arrive as they leave.
    await joined.leave();
    const result = await audit(env, joined, load.teams);
    const drops = [...joined.tallies.values()].reduce((sum, tally) => sum + tally.drops, 0);
    console.log(`[${label}] played ${joined.tallies.size} team runs in ${played.toFixed(1)} s (${result.unfinished} unfinished); ${after.intents} intents committed`);
    for (const line of queuesOf(after)) console.log(`[${label}] ${line}`);
    console.log(`[${label}] server-side intent -> broadcast: p50 ${after.p50.toFixed(2)} ms, p95 ${after.p95.toFixed(2)} ms, p99 ${after.p99.toFixed(2)} ms, max ${after.max.toFixed(1)} ms (target p95 <= 50 ms: ${after.p95 <= 50 ? 'met' : 'NOT met'}); the server's ${loopOf(after)}`);
    console.log(`[${label}] where an intent's time went in the server: ${phasesOf(after)}; clients dropped without leaving: ${after.drops} seen by the server (${after.unanswered} for unanswered pings), ${drops} by the clients`);
    console.log(`[${label}] while joining and playing, ${tcpSince(tcpBefore)}`);
    console.log(`[${label}] lost events ${result.lost} of ${result.acknowledged} acknowledged, duplicated ${result.duplicated}, gaps seen by clients ${result.gaps}`);
    console.log(`[${label}] memory per session: ${kibPerSession(afterJoin.heapUsed - before.heapUsed, load.sessions)} KiB heap, ${kibPerSession(afterJoin.rss - before.rss, load.sessions)} KiB rss (with ${load.teams * load.members + 1} clients each)`);
    return { p95: after.p95, lost: result.lost, duplicated: result.duplicated, unfinished: result.unfinished };
  } finally {
    await killHard(server);
  }
}

const common = { LIVE_METRICS: '1', LIVE_JOIN_BURST: '100000', COLYSEUS_SEAT_RESERVATION_TIME: '30' };
// Empty, not absent: the server process inherits this process's environment under ours.
const embedded = { ...process.env, ...common, CRISIS_ROOM_DATA: mkdtempSync(join(tmpdir(), 'crisis-live-bench-')), DATABASE_URL: '', REDIS_URL: '' };
try {
  const runs = [await run('SQLite', embedded)];
  // --commits 1,4: PostgreSQL once per setting of LIVE_PG_COMMITS, to compare them in one run.
  // --batch 64,512: the same for LIVE_PG_BATCH (the most writes in one commit), for each --commits setting.
  const list = (flag: string): string[] => {
    const at = process.argv.indexOf(flag);
    return at >= 0 ? (process.argv[at + 1] ?? '').split(',') : [''];
  };
  const settings = list('--commits').flatMap((commits) => list('--batch').map((batch) => ({ commits, batch })));
  for (const { commits, batch } of process.env.DATABASE_URL ? settings : []) {
    const label = `PostgreSQL${process.env.REDIS_URL ? ' + Redis' : ''}${commits ? `, ${commits} commit(s) at once` : ''}${batch ? `, batches of at most ${batch}` : ''}`;
    const postgres = await run(label, { ...process.env, ...common, LIVE_PG_COMMITS: commits, LIVE_PG_BATCH: batch });
    runs.push(postgres);
    console.log(`${label}: p95 ${postgres.p95.toFixed(2)} ms = ${(postgres.p95 / Math.max(0.01, runs[0]!.p95)).toFixed(2)}x the SQLite baseline's ${runs[0]!.p95.toFixed(2)} ms in this run`);
  }
  process.exitCode = runs.every((figures) => figures.lost === 0 && figures.duplicated === 0 && figures.unfinished === 0) ? 0 : 1;
} finally {
  setTimeout(() => process.exit(), 200);
}
