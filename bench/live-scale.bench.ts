/**
 * The live server across two processes sharing Redis (Colyseus's presence and driver) and
 * PostgreSQL (the logs), with one process killed by SIGKILL mid-run. First a baseline in the same
 * run: one process on the same Redis and PostgreSQL, the same load, no kill. Then processes A and
 * B, sessions started on each in turn and members joining through both; once about a third of
 * the baseline's acknowledged events are in, A is killed, and its clients rejoin through B with
 * their tokens, which restores A's rooms on B from PostgreSQL. Reports acknowledged events lost
 * (must be 0), rooms restored on B, p95 and memory per session, with ratios to the baseline.
 * Needs REDIS_URL and DATABASE_URL (eval "$(bash scripts/live-services.sh)").
 * Run: npm run bench:live:scale [-- --sessions 20 --teams 6 --members 5 --ramp 40 --processes 2]
 */
import type { ChildProcess } from 'node:child_process';
import { freePort } from '../tests/browser/live-server';
import { killHard, startServerProcess } from '../tests/server/server-process';
import { loadOf } from './live-args';
import { niceServer } from './live-workers';
import { tcpCounters, tcpSince } from './tcp-counters';
import { audit, clientsOf, joinLoad, kibPerSession, loopOf, metricsOf, phasesOf, queuesOf, untilFinished, type Audit, type Load, type Metrics } from './live-load';

const { REDIS_URL, DATABASE_URL } = process.env;
if (!REDIS_URL || !DATABASE_URL) {
  console.error('bench:live:scale needs REDIS_URL and DATABASE_URL: eval "$(bash scripts/live-services.sh)" starts both on loopback.');
  process.exit(2);
}
const load: Load = loadOf(20);
const env = { REDIS_URL, DATABASE_URL, LIVE_METRICS: '1', LIVE_JOIN_BURST: '100000', COLYSEUS_SEAT_RESERVATION_TIME: '30' };
const children: ChildProcess[] = [];

async function start(): Promise<string> {
  const port = await freePort();
  const child = await startServerProcess(port, env);
  niceServer(child.pid);
  children.push(child);
  return `http://127.0.0.1:${port}`;
}

const acknowledged = (joined: Awaited<ReturnType<typeof joinLoad>>): number => [...joined.tallies.values()].reduce((sum, tally) => sum + tally.acked.size, 0);

interface Run {
  audit: Audit;
  p95: number;
  intents: number;
  seconds: number;
  /** Heap and rss grown per session while the clients joined, over every process. */
  heapPerSession: number;
  rssPerSession: number;
}

const growth = (before: Metrics[], after: Metrics[], field: 'heapUsed' | 'rss'): number =>
  after.reduce((sum, metrics) => sum + metrics[field], 0) - before.reduce((sum, metrics) => sum + metrics[field], 0);

const commitsOf = (metrics: Metrics): string =>
  `${queuesOf(metrics).join('; ')}; ${loopOf(metrics)}; ${phasesOf(metrics)}; ${metrics.drops} clients dropped (${metrics.unanswered} for unanswered pings)`;

async function baseline(): Promise<Run> {
  const endpoint = await start();
  const before = [await metricsOf(endpoint)];
  const joined = await joinLoad([endpoint], load);
  const afterJoin = [await metricsOf(endpoint)];
  await fetch(`${endpoint}/live/metrics/reset`);
  const started = performance.now();
  joined.start();
  await untilFinished(joined.tallies);
  const seconds = (performance.now() - started) / 1000;
  const after = await metricsOf(endpoint);
  await joined.leave();
  await killHard(children.pop()!);
  console.log(`baseline's server: ${commitsOf(after)}`);
  return { audit: await audit(env, joined, load.teams), p95: after.p95, intents: after.intents, seconds, heapPerSession: growth(before, afterJoin, 'heapUsed') / load.sessions, rssPerSession: growth(before, afterJoin, 'rss') / load.sessions };
}

try {
  console.log(`${clientsOf(load)} clients (${load.sessions} sessions of ${load.teams} teams of ${load.members}) on Redis ${REDIS_URL} and ${DATABASE_URL}`);
  const base = await baseline();
  console.log(`baseline, one process: ${base.intents} intents in ${base.seconds.toFixed(1)} s, p95 ${base.p95.toFixed(2)} ms, lost ${base.audit.lost} of ${base.audit.acknowledged} acknowledged, duplicated ${base.audit.duplicated}, unfinished ${base.audit.unfinished}`);

  const [a, b] = [await start(), await start()];
  const before = [await metricsOf(a), await metricsOf(b)];
  const joined = await joinLoad([a, b], load);
  const afterJoin = [await metricsOf(a), await metricsOf(b)];
  await Promise.all([a, b].map((endpoint) => fetch(`${endpoint}/live/metrics/reset`)));
  const onA = new Set(afterJoin[0]!.rooms);
  const started = performance.now();
  joined.start();
  // A's figures are read while it lives (a request to it at the kill would delay the kill).
  let beforeKill = afterJoin[0]!;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      beforeKill = await metricsOf(a).catch(() => beforeKill);
      await new Promise((done) => setTimeout(done, 500));
    }
  })();
  // Mid-run: once about a third of what the baseline acknowledged is acknowledged here.
  const deadline = Date.now() + 5 * 60_000;
  while (acknowledged(joined) < base.audit.acknowledged / 3 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 10));
  const ackedAtKill = acknowledged(joined);
  const tcpAtKill = tcpCounters();
  await killHard(children[0]!);
  polling = false;
  await poll;
  console.log(`killed process A (SIGKILL) with ${onA.size} rooms after ${((performance.now() - started) / 1000).toFixed(1)} s, ${ackedAtKill} of the baseline's ${base.audit.acknowledged} events acknowledged; A's p95 until shortly before ${beforeKill.p95.toFixed(2)} ms over ${beforeKill.intents} intents`);
  await untilFinished(joined.tallies);
  const seconds = (performance.now() - started) / 1000;
  const tcpSinceKill = tcpSince(tcpAtKill);
  const afterB = await metricsOf(b);
  await joined.leave();
  const result = await audit(env, joined, load.teams);
  const restored = [...onA].filter((code) => afterB.rooms.includes(code) || [...joined.tallies].some(([key, tally]) => key.startsWith(`${code}/`) && tally.rejoined > 0 && tally.finished));
  const rejoins = [...joined.tallies.values()].reduce((sum, tally) => sum + tally.rejoined, 0);
  const rejoinMs = [...joined.tallies.values()].flatMap((tally) => tally.rejoinMs).sort((x, y) => x - y);
  const at = (p: number): string => ((rejoinMs[Math.min(rejoinMs.length - 1, Math.floor(p * rejoinMs.length))] ?? 0) / 1000).toFixed(1);
  const run: Run = { audit: result, p95: afterB.p95, intents: afterB.intents + beforeKill.intents, seconds, heapPerSession: growth(before, afterJoin, 'heapUsed') / load.sessions, rssPerSession: growth(before, afterJoin, 'rss') / load.sessions };

  console.log(`two processes, A killed: ${run.intents} intents in ${seconds.toFixed(1)} s; ${rejoins} clients rejoined through B, each from its connection's close to its room joined again in p50 ${at(0.5)} s, p95 ${at(0.95)} s, max ${at(1)} s`);
  console.log(`from the kill to the end, ${tcpSinceKill}`);
  console.log(`acknowledged events lost ${result.lost} of ${result.acknowledged} (target 0: ${result.lost === 0 ? 'met' : 'NOT met'}), duplicated ${result.duplicated}, unfinished team runs ${result.unfinished}`);
  console.log(`rooms restored on B: ${restored.length} of the ${onA.size} A hosted`);
  const ratio = (ours: number, theirs: number): string => (theirs > 0 ? `${(ours / theirs).toFixed(2)}x` : 'n/a');
  console.log(`p95 intent -> broadcast on B: ${run.p95.toFixed(2)} ms (${ratio(run.p95, base.p95)} the baseline's ${base.p95.toFixed(2)} ms; target <= 50 ms: ${run.p95 <= 50 ? 'met' : 'NOT met'})`);
  console.log(`B's server: ${commitsOf(afterB)}`);
  const ms = (figures: { p50: number; p95: number; max: number }): string => `p50 ${(figures.p50 / 1000).toFixed(1)} / p95 ${(figures.p95 / 1000).toFixed(1)} / max ${(figures.max / 1000).toFixed(1)} s`;
  console.log(`B restored ${afterB.restores.count} rooms: each waited for a place in the restore queue ${ms(afterB.restores.waited)}, and took ${ms(afterB.restores.took)}; ${afterB.rejoinAuth.count} returning devices' joins were authenticated (the dead-host check and the wait for their room's restore included) in ${ms(afterB.rejoinAuth)}`);
  console.log(`memory per session: ${kibPerSession(run.heapPerSession, 1)} KiB heap, ${kibPerSession(run.rssPerSession, 1)} KiB rss over both processes (${ratio(run.heapPerSession, base.heapPerSession)} and ${ratio(run.rssPerSession, base.rssPerSession)} the baseline's ${kibPerSession(base.heapPerSession, 1)} and ${kibPerSession(base.rssPerSession, 1)} KiB)`);
  console.log(`time to play every run: ${ratio(seconds, base.seconds)} the baseline's`);
  process.exitCode = result.lost === 0 && result.duplicated === 0 && result.unfinished === 0 && restored.length === onA.size && base.audit.lost === 0 ? 0 : 1;
} finally {
  for (const child of children) await killHard(child);
  setTimeout(() => process.exit(), 200);
}
