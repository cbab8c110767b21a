/**
 * The live server under load on loopback: SESSIONS sessions of TEAMS teams of MEMBERS participants
 * (3,000 WebSocket clients by default), each team's decider playing the tutorial to an ending.
 * Reports the server-side p95 from an intent's arrival to the broadcast of its stored event,
 * events lost (acknowledged but not in the store) or duplicated, and memory per session.
 * Run: npm run bench:live [-- --sessions 100 --teams 6 --members 5]
 * (With REDIS_URL and DATABASE_URL set it runs on PostgreSQL; --processes 2 is not measured here.)
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'colyseus.js';
import { loadScenario } from '../src/scenario/index';
import { openStore } from '../src/server/boot';
import { freePort } from '../tests/browser/live-server';
import { killHard, startServerProcess } from '../tests/server/server-process';
import { playTeam, type TeamTally } from './live-client';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const SESSIONS = arg('sessions', 100);
const TEAMS = arg('teams', 6);
const MEMBERS = arg('members', 5);

const scenario = loadScenario(readFileSync(resolve(import.meta.dirname, '../scenarios/tutorial.yaml'), 'utf8')).scenario!;
const dataDir = mkdtempSync(join(tmpdir(), 'crisis-live-bench-'));
const env = { CRISIS_ROOM_DATA: dataDir, LIVE_METRICS: '1', LIVE_JOIN_BURST: '100000' };
const port = await freePort();
const server = await startServerProcess(port, env);
const endpoint = `http://127.0.0.1:${port}`;
const metrics = async () => (await (await fetch(`${endpoint}/live/metrics`)).json()) as { intents: number; p50: number; p95: number; p99: number; max: number; rss: number; heapUsed: number };

try {
  const before = await metrics();
  const started = performance.now();
  const tallies = new Map<string, TeamTally>();
  const starts: (() => void)[] = [];
  const codes: string[] = [];
  for (let s = 0; s < SESSIONS; s += 1) {
    const facilitator = await new Client(endpoint).create('exercise', { scenario: 'tutorial' });
    const welcomed = new Promise<{ code: string }>((done) => facilitator.onMessage('welcome', done));
    for (const type of ['logs', 'roster', 'entry', 'proposals', 'ack', 'refused', 'ended']) facilitator.onMessage(type, () => undefined);
    facilitator.send('hello', {});
    const welcome = await welcomed;
    codes.push(welcome.code);
    const teams = await Promise.all(
      Array.from({ length: TEAMS }, (_, t) => {
        const tally: TeamTally = { acked: new Set(), duplicates: 0, gaps: 0, finished: false, log: [] };
        tallies.set(`${welcome.code}/team${t}`, tally);
        return playTeam([endpoint], scenario, welcome.code, `team${t}`, MEMBERS, tally);
      }),
    );
    for (const team of teams) starts.push((team as unknown as { start: () => void }).start);
  }
  const joined = performance.now();
  const afterJoin = await metrics();
  console.log(`${SESSIONS * (TEAMS * MEMBERS + 1)} clients joined in ${((joined - started) / 1000).toFixed(1)} s; server rss ${(afterJoin.rss / 2 ** 20).toFixed(0)} MiB`);
  for (const start of starts) start();
  const deadline = Date.now() + 10 * 60_000;
  while ([...tallies.values()].some((tally) => !tally.finished) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
  const played = (performance.now() - joined) / 1000;
  const after = await metrics();

  // Lost: acknowledged but not in the store; duplicated: stored or received twice.
  const store = await openStore(env);
  let lost = 0;
  let duplicated = 0;
  let gaps = 0;
  let unfinished = 0;
  for (const code of codes) {
    const logs = await store.readLogs(code);
    for (let t = 0; t < TEAMS; t += 1) {
      const tally = tallies.get(`${code}/team${t}`)!;
      const stored = logs.get(`team${t}`) ?? [];
      const seqs = stored.map((entry) => entry.seq);
      duplicated += seqs.length - new Set(seqs).size + tally.duplicates;
      gaps += tally.gaps;
      for (const seq of tally.acked) if (!seqs.includes(seq)) lost += 1;
      if (!tally.finished) unfinished += 1;
    }
  }
  await store.close();
  console.log(`played ${tallies.size} team runs in ${played.toFixed(1)} s (${unfinished} unfinished); ${after.intents} intents committed`);
  console.log(`server-side intent -> broadcast: p50 ${after.p50.toFixed(2)} ms, p95 ${after.p95.toFixed(2)} ms, p99 ${after.p99.toFixed(2)} ms, max ${after.max.toFixed(1)} ms (target p95 <= 50 ms: ${after.p95 <= 50 ? 'met' : 'NOT met'})`);
  console.log(`lost events ${lost}, duplicated ${duplicated}, gaps seen by clients ${gaps}`);
  console.log(`memory per session: ${((afterJoin.heapUsed - before.heapUsed) / SESSIONS / 1024).toFixed(0)} KiB heap, ${((afterJoin.rss - before.rss) / SESSIONS / 1024).toFixed(0)} KiB rss (with ${TEAMS * MEMBERS + 1} clients each)`);
  process.exitCode = lost === 0 && duplicated === 0 && unfinished === 0 ? 0 : 1;
} finally {
  await killHard(server);
  setTimeout(() => process.exit(), 200);
}
