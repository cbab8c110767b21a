/**
 * Builds the session server from the environment: the embedded defaults (local presence, SQLite
 * in the data folder) or, with REDIS_URL and DATABASE_URL, Colyseus's Redis presence and driver
 * and PostgreSQL, so several processes share rooms and any of them can restore a dead one's.
 */
import { LocalPresence, Server, type Presence, type matchMaker } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { forgetDeadHostOf, watchDeadHosts } from './dead-hosts.ts';
import { defineExercise } from './exercise-room.ts';
import { MAX_FRAME_BYTES } from './messages.ts';
import { metrics, resetMetrics, startMeasuring } from './metrics.ts';
import { openPgStore } from './pg-store.ts';
import { PatientTransport } from './ping-sweep.ts';
import { createRateLimiter, JOIN_BURST, JOIN_PER_SECOND } from './rate-limit.ts';
import { restores } from './restore-queue.ts';
import { shippedIds } from './scenarios.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { LiveStore } from './store.ts';

/** The data folder the README names: SQLite's file lives here unless CRISIS_ROOM_DATA says otherwise. */
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../data');

export interface BootOptions {
  readonly env: NodeJS.ProcessEnv;
  /** Extra HTTP handler tried first (static pages); returns true when it answered. */
  readonly http?: (req: IncomingMessage, res: ServerResponse) => boolean;
  readonly reconnectSeconds?: number;
  /** Join attempts one address may make at once (tests joining many clients from one address). */
  readonly joinBurst?: number;
}

const wholeOf = (value: string | undefined): number | undefined => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : undefined);

/** LIVE_PG_COMMITS: group commits at once (each a connection, a shard of the teams); LIVE_PG_BATCH: the most writes in one commit. Unset or not a positive whole number: the store's defaults. */
export function pgCommitsOf(env: NodeJS.ProcessEnv): { commits?: number; maxBatch?: number } {
  const commits = wholeOf(env.LIVE_PG_COMMITS);
  const maxBatch = wholeOf(env.LIVE_PG_BATCH);
  return { ...(commits ? { commits } : {}), ...(maxBatch ? { maxBatch } : {}) };
}

export async function openStore(env: NodeJS.ProcessEnv): Promise<LiveStore> {
  if (env.DATABASE_URL) {
    const { commits, maxBatch } = pgCommitsOf(env);
    return openPgStore(env.DATABASE_URL, commits, maxBatch);
  }
  return openSqliteStore(resolve(env.CRISIS_ROOM_DATA ?? DEFAULT_DATA_DIR, 'live.sqlite'), env.LIVE_SQLITE_SYNC === 'FULL' ? 'FULL' : 'NORMAL');
}

/**
 * How long a silent client keeps its socket: Colyseus pings every `pingInterval` ms and drops a
 * client that missed `pingMaxRetries` pongs (3 s and 2 by default). A host that runs thousands of
 * clients on a starved CPU answers late, not never: LIVE_PING_INTERVAL_MS and LIVE_PING_MAX_RETRIES
 * widen the window there.
 */
export function pingOf(env: NodeJS.ProcessEnv): { pingInterval?: number; pingMaxRetries?: number } {
  const interval = Number(env.LIVE_PING_INTERVAL_MS);
  const retries = Number(env.LIVE_PING_MAX_RETRIES);
  return {
    ...(Number.isInteger(interval) && interval > 0 ? { pingInterval: interval } : {}),
    ...(Number.isInteger(retries) && retries > 0 ? { pingMaxRetries: retries } : {}),
  };
}

export async function bootServer(options: BootOptions): Promise<{ server: Server; store: LiveStore; http: ReturnType<typeof createServer> }> {
  const store = await openStore(options.env);
  if (options.env.LIVE_METRICS === '1') startMeasuring();
  const http = createServer((req, res) => {
    if (req.url === '/live/scenarios') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(shippedIds()));
      return;
    }
    if (options.env.LIVE_METRICS === '1' && req.url?.startsWith('/live/metrics')) {
      if (req.url.includes('reset')) resetMetrics();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(metrics()));
      return;
    }
    if (options.http?.(req, res)) return;
    // Colyseus answers /matchmake itself; anything else is not ours.
    if (!req.url?.startsWith('/matchmake')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  // Longer than clients keep an idle connection: Node's 5 s default closes sockets a client is
  // about to reuse, and its next join fails with "socket hang up" (seen under load).
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const ping = pingOf(options.env);
  const redis = options.env.REDIS_URL;
  const presence: Presence = redis ? new RedisPresence(redis) : new LocalPresence();
  const driver: matchMaker.MatchMakerDriver | undefined = redis ? new RedisDriver(redis) : undefined;
  const server = new Server({
    // Missed pongs are not counted while this process restores rooms (ping-sweep.ts).
    transport: new PatientTransport({ server: http, maxPayload: MAX_FRAME_BYTES, ...ping }, () => restores.backlog() > 0),
    presence,
    ...(driver ? { driver } : {}),
    // Behind several processes, each tells clients where its rooms are (host:port).
    ...(options.env.LIVE_PUBLIC_ADDRESS ? { publicAddress: options.env.LIVE_PUBLIC_ADDRESS } : {}),
    greet: false,
    gracefullyShutdown: false,
  });
  const joinLimiter = createRateLimiter(options.joinBurst ?? (Number(options.env.LIVE_JOIN_BURST) || JOIN_BURST), JOIN_PER_SECOND);
  // Several processes: each removes the room listings of a process that died, before they stall rejoins.
  if (redis) server.onShutdown(watchDeadHosts());
  const dead = redis ? { forgetDeadHostOf } : {};
  defineExercise(server, { store, joinLimiter, ...dead, ...(options.reconnectSeconds ? { reconnectSeconds: options.reconnectSeconds } : {}), ...(ping.pingMaxRetries ? { pingMaxRetries: ping.pingMaxRetries } : {}) });
  return { server, store, http };
}
