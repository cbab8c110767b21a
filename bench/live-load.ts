/**
 * The live benchmarks' load: SESSIONS sessions of TEAMS teams of MEMBERS participants joined
 * through the given endpoints (sessions are created on each in turn), then played to an ending
 * by every team at once; and the count, against the store, of acknowledged events lost and
 * events duplicated. Shared by bench:live (one process) and bench:live:scale (two, one killed).
 */
import { Client } from 'colyseus.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../src/scenario/index';
import { openStore } from '../src/server/boot';
import { newTally, playTeam, type TeamTally } from './live-client';
import { joinGate } from './live-join';

export interface Load {
  readonly sessions: number;
  readonly teams: number;
  readonly members: number;
  /** Clients joined per second (0: as fast as they can). */
  readonly ramp?: number;
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
  /** PostgreSQL's group commits and the writes they held (0 on SQLite, which commits each write). */
  commits: number;
  committedWrites: number;
  commitP50: number;
  commitP95: number;
  /** The server's event-loop delay while the runs played, ms. */
  loopP50: number;
  loopP95: number;
}

export const metricsOf = async (endpoint: string): Promise<Metrics> => (await (await fetch(`${endpoint}/live/metrics`)).json()) as Metrics;

export const clientsOf = (load: Load): number => load.sessions * (load.teams * load.members + 1);

const scenario = loadScenario(readFileSync(resolve(import.meta.dirname, '../scenarios/tutorial.yaml'), 'utf8')).scenario!;

export interface Joined {
  readonly codes: string[];
  /** Which endpoint each session's room was created on. */
  readonly homes: Map<string, string>;
  readonly tallies: Map<string, TeamTally>;
  /** Joins that failed and were tried again. */
  readonly retries: number;
  start(): void;
  leave(): void;
}

export async function joinLoad(endpoints: readonly string[], load: Load): Promise<Joined> {
  const tallies = new Map<string, TeamTally>();
  const teams: { start: () => void; leave: () => void }[] = [];
  const codes: string[] = [];
  const homes = new Map<string, string>();
  const gate = joinGate(load.ramp ?? 0);
  for (let s = 0; s < load.sessions; s += 1) {
    const home = endpoints[s % endpoints.length]!;
    const facilitator = await gate.join(() => new Client(home).create('exercise', { scenario: 'tutorial' }));
    const welcomed = new Promise<{ code: string }>((done) => facilitator.onMessage('welcome', done));
    for (const type of ['logs', 'roster', 'entry', 'proposals', 'ack', 'refused', 'ended', 'revealed', 'board']) facilitator.onMessage(type, () => undefined);
    facilitator.send('hello', {});
    const { code } = await welcomed;
    codes.push(code);
    homes.set(code, home);
    const joined = await Promise.all(
      Array.from({ length: load.teams }, (_, t) => {
        const tally = newTally();
        tallies.set(`${code}/team${t}`, tally);
        return playTeam(endpoints, scenario, code, `team${t}`, load.members, tally, gate);
      }),
    );
    teams.push(...joined);
  }
  return {
    codes,
    homes,
    tallies,
    retries: gate.retries(),
    start: () => teams.forEach((team) => team.start()),
    leave: () => teams.forEach((team) => team.leave()),
  };
}

export async function untilFinished(tallies: ReadonlyMap<string, TeamTally>, ms = 10 * 60_000): Promise<void> {
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
