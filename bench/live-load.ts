/**
 * The live benchmarks' load: SESSIONS sessions of TEAMS teams of MEMBERS participants joined
 * through the given endpoints (sessions are created on each in turn), then played to an ending
 * by every team at once; and the count, against the store, of acknowledged events lost and
 * events duplicated. Shared by bench:live (one process) and bench:live:scale (two, one killed).
 */
import { Client, type Room } from 'colyseus.js';
import { openStore } from '../src/server/boot';
import type { KindSpread, QueueFigures, Spread, WriteKind } from '../src/server/commit-metrics';
import type { TeamFigures } from './live-client';
import { waitForJoinsLikeABrowser } from './browser-like-http';
import { joinGate } from './live-join';
import { clientNiceness, startClientProcesses } from './live-workers';

export interface Load {
  readonly sessions: number;
  readonly teams: number;
  readonly members: number;
  /** Clients joined per second (0: as fast as they can). */
  readonly ramp?: number;
  /** Client processes the participants are spread over (by default one per 500). */
  readonly processes?: number;
}

export interface Metrics {
  intents: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rss: number;
  heapUsed: number;
  /** Join codes of the rooms the process hosts now. */
  rooms: string[];
  /** PostgreSQL's group commits (none on SQLite, which commits each write). */
  queues: QueueFigures;
  /** Rooms rebuilt from the store: the wait for a place in the restore queue and the restore, ms. */
  restores: { count: number; waited: Spread; took: Spread };
  /** Returning devices' joins, from the request to onAuth's answer, ms. */
  rejoinAuth: Spread & { count: number };
  /** The server's event-loop delay while the runs played, ms. */
  loopP50: number;
  loopP95: number;
  /** The share of the time the event loop was busy, and the process's CPU time over the wall time, since the last reset. */
  loopBusy: number;
  cpuShare: number;
  /** Where an intent's time went in the server: behind the team's earlier events, the engine, the store, the broadcast. */
  phases: Record<'queued' | 'step' | 'store' | 'broadcast', { p50: number; p95: number }>;
  /** Clients the server saw go without leaving (dead sockets, its ping timeout)... */
  drops: number;
  /** ...and of those, the ones it dropped for leaving its pings unanswered. */
  unanswered: number;
}

/** The server's time per phase of an intent, for a line of the report. */
export const phasesOf = (metrics: Metrics): string =>
  Object.entries(metrics.phases)
    .map(([phase, { p50, p95 }]) => `${phase} p50 ${p50.toFixed(1)} / p95 ${p95.toFixed(1)} ms`)
    .join(', ');

const spreadOf = (spread: Spread, unit = ''): string => {
  const digits = unit ? 1 : 0;
  return `p50 ${spread.p50.toFixed(digits)}${unit} / p95 ${spread.p95.toFixed(digits)}${unit} / max ${spread.max.toFixed(digits)}${unit}`;
};

/** The group commits' queue, for lines of the report (none on SQLite, which commits each write). */
export const queuesOf = (metrics: Metrics): string[] => {
  const queues = metrics.queues;
  if (queues.commits === 0) return [];
  const kinds = (Object.entries(queues.kinds) as [WriteKind, KindSpread][]).map(
    ([kind, figures]) => `${kind} ${figures.writes} writes: queue depth met ${spreadOf(figures.ahead)}, queued ${spreadOf(figures.queued, ' ms')}, committing ${spreadOf(figures.committing, ' ms')}`,
  );
  return [`${queues.commits} group commits, batch ${spreadOf(queues.batch)} writes, commits in flight ${spreadOf(queues.inFlight)}`, ...kinds];
};

/** How busy the server's event loop was and how much CPU it got: a busy loop with little CPU is a process starved by others. */
export const loopOf = (metrics: Metrics): string =>
  `event loop late by p50 ${metrics.loopP50.toFixed(1)} ms, p95 ${metrics.loopP95.toFixed(1)} ms, busy ${(100 * metrics.loopBusy).toFixed(0)} % of the time, with ${(100 * metrics.cpuShare).toFixed(0)} % of a core`;

export const metricsOf = async (endpoint: string): Promise<Metrics> => (await (await fetch(`${endpoint}/live/metrics`)).json()) as Metrics;

export const clientsOf = (load: Load): number => load.sessions * (load.teams * load.members + 1);

export interface Joined {
  readonly codes: string[];
  /** Which endpoint each session's room was created on. */
  readonly homes: Map<string, string>;
  /** Every team's figures, `code/team`, kept up to date by the client processes. */
  readonly tallies: Map<string, TeamFigures>;
  /** Joins that failed and were tried again. */
  retries(): number;
  start(): void;
  /** Every client leaves; the tallies are final once this resolves. */
  leave(): Promise<void>;
}

/** Participants per client process: about what one process answered pings for in time here. */
const CLIENTS_PER_PROCESS = 500;

/**
 * Facilitators join from this process, one session after another; each session's teams join at
 * once, dealt over `load.processes` client processes (by default one per 500 participants).
 */
export async function joinLoad(endpoints: readonly string[], load: Load): Promise<Joined> {
  waitForJoinsLikeABrowser();
  const processes = Math.max(1, load.processes ?? Math.ceil((load.sessions * load.teams * load.members) / CLIENTS_PER_PROCESS));
  const ramp = load.ramp ?? 0;
  const clients = startClientProcesses(processes, ramp / processes);
  const niceness = clientNiceness();
  console.log(`${processes} client process(es) at nice ${niceness}${niceness > 0 ? ' (below the server: real participants are on other machines; --nice 0 for none)' : ''}`);
  const facilitators: Room[] = [];
  const codes: string[] = [];
  const homes = new Map<string, string>();
  const gate = joinGate(ramp);
  for (let s = 0; s < load.sessions; s += 1) {
    const home = endpoints[s % endpoints.length]!;
    const facilitator = await gate.join(() => new Client(home).create('exercise', { scenario: 'tutorial' }));
    facilitators.push(facilitator);
    const welcomed = new Promise<{ code: string }>((done) => facilitator.onMessage('welcome', done));
    for (const type of ['logs', 'roster', 'entry', 'proposals', 'ack', 'refused', 'ended', 'revealed', 'board']) facilitator.onMessage(type, () => undefined);
    facilitator.send('hello', {});
    const { code } = await welcomed;
    codes.push(code);
    homes.set(code, home);
    await Promise.all(Array.from({ length: load.teams }, (_, t) => clients.join(`${code}/team${t}`, code, `team${t}`, load.members, endpoints)));
  }
  return {
    codes,
    homes,
    tallies: clients.tallies,
    retries: () => gate.retries() + clients.retries(),
    start: () => clients.start(),
    async leave() {
      for (const facilitator of facilitators) void facilitator.leave(true);
      await clients.leave();
    },
  };
}

export async function untilFinished(tallies: ReadonlyMap<string, TeamFigures>, ms = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while ([...tallies.values()].some((tally) => !tally.finished) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
}

export interface Audit {
  lost: number;
  duplicated: number;
  gaps: number;
  unfinished: number;
  acknowledged: number;
}

/** Lost: acknowledged but not in the store; duplicated: stored or received twice. */
export async function audit(env: NodeJS.ProcessEnv, joined: Joined, teams: number): Promise<Audit> {
  const store = await openStore(env);
  const result: Audit = { lost: 0, duplicated: 0, gaps: 0, unfinished: 0, acknowledged: 0 };
  try {
    for (const code of joined.codes) {
      const logs = await store.readLogs(code);
      for (let t = 0; t < teams; t += 1) {
        const tally = joined.tallies.get(`${code}/team${t}`)!;
        const seqs = new Set((logs.get(`team${t}`) ?? []).map((entry) => entry.seq));
        result.duplicated += (logs.get(`team${t}`)?.length ?? 0) - seqs.size + tally.duplicates;
        result.gaps += tally.gaps;
        result.acknowledged += tally.acked.size;
        for (const seq of tally.acked) if (!seqs.has(seq)) result.lost += 1;
        if (!tally.finished) result.unfinished += 1;
      }
    }
  } finally {
    await store.close();
  }
  return result;
}

export const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
export const kibPerSession = (bytes: number, sessions: number): string => (bytes / Math.max(1, sessions) / 1024).toFixed(0);
