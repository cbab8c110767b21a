/**
 * What `npm run bench:live` reads off a server: the time from an intent's arrival to the broadcast
 * of its stored event, per intent, the rooms it hosts, and the process's memory. Served at /live/metrics only when
 * LIVE_METRICS=1 (the benchmark's servers), never on a production start.
 */
import { monitorEventLoopDelay, performance, type EventLoopUtilization, type IntervalHistogram } from 'node:perf_hooks';
import { measureQueues, queueMetrics, resetQueueMetrics, spread } from './commit-metrics.ts';
import { percentile } from './percentile.ts';
import type { Phases } from './team-runner.ts';

const durations: number[] = [];
/** Each accepted intent's time by phase (team-runner.ts), to tell a slow store from a starved process. */
const phases: Record<keyof Phases, number[]> = { queued: [], step: [], store: [], broadcast: [] };
/** Clients gone without saying so (a dead socket, Colyseus's ping timeout), by the room's count. */
let drops = 0;
/** Of those, the ones the transport dropped for leaving its pings unanswered. */
let unanswered = 0;
/** How late the process's event loop ran (a busy or starved process delays every reply, stored or not). */
let loopDelay: IntervalHistogram | null = null;
/** The delay monitor's timer interval, ms. */
const LOOP_RESOLUTION_MS = 10;
/** The share of time the event loop was busy since the last reset: near 1, the process itself is the bottleneck; low with a late loop, it is starved of CPU. */
let loopSince: EventLoopUtilization = performance.eventLoopUtilization();
/** CPU time and wall time since the last reset: CPU well under the wall time with a busy loop is a starved process. */
let cpuSince = process.cpuUsage();
let wallSince = performance.now();
let sessions = 0;
/** Rooms rebuilt from the store: each one's wait for a place in the restore queue and its restore, ms. */
const restoreWaits: number[] = [];
const restoreTimes: number[] = [];
/** Returning devices' joins (a token): from the join request to its onAuth's answer, ms (the dead-host check and the wait for a restore included). */
const rejoinAuths: number[] = [];
/** The join codes of the rooms this process hosts now: which rooms die with it, and which it restored. */
const hosted = new Set<string>();

/** Whether this process keeps figures at all: only the benchmark's servers do, or a production server's lists would grow with every intent. */
let measuring = false;

/** Starts keeping figures and measuring the event loop's delay (the benchmark's servers only). */
export function startMeasuring(): void {
  measuring = true;
  measureQueues();
  loopDelay ??= monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loopDelay.enable();
}

export function recordIntent(ms: number, spent: Phases): void {
  if (!measuring) return;
  durations.push(ms);
  for (const phase of Object.keys(phases) as (keyof Phases)[]) phases[phase].push(spent[phase]);
}

export function recordRestore(waited: number, took: number): void {
  if (!measuring) return;
  restoreWaits.push(waited);
  restoreTimes.push(took);
}

export function recordRejoinAuth(ms: number): void {
  if (measuring) rejoinAuths.push(ms);
}

export function recordDrop(pingTimeout: boolean): void {
  drops += 1;
  if (pingTimeout) unanswered += 1;
}

export function countSession(code: string): void {
  sessions += 1;
  hosted.add(code);
}

export function roomClosed(code: string): void {
  hosted.delete(code);
}


const sortedOf = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export function metrics() {
  const sorted = sortedOf(durations);
  const byPhase = Object.fromEntries(
    Object.entries(phases).map(([phase, values]) => {
      const ordered = sortedOf(values);
      return [phase, { p50: percentile(ordered, 50), p95: percentile(ordered, 95) }];
    }),
  ) as Record<keyof Phases, { p50: number; p95: number }>;
  const memory = process.memoryUsage();
  return {
    intents: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    phases: byPhase,
    drops,
    unanswered,
    sessions,
    queues: queueMetrics(),
    restores: { count: restoreTimes.length, waited: spread(restoreWaits), took: spread(restoreTimes) },
    rejoinAuth: { count: rejoinAuths.length, ...spread(rejoinAuths) },
    loopP50: loopLateness(loopDelay?.percentile(50) ?? 0),
    loopP95: loopLateness(loopDelay?.percentile(95) ?? 0),
    loopBusy: performance.eventLoopUtilization(loopSince).utilization,
    cpuShare: cpuShare(),
    rooms: [...hosted],
    rss: memory.rss,
    heapUsed: memory.heapUsed,
  };
}

/**
 * How late the loop ran, ms, from a percentile of the delay monitor (ns). The monitor records the
 * time between its timer's runs, the resolution included: an idle Node 20 loop reads p50 10.1 ms
 * at resolution 10 (measured), which the benchmark printed as "late by 10 ms".
 */
export function loopLateness(percentileNs: number, resolutionMs = LOOP_RESOLUTION_MS): number {
  return Math.max(0, percentileNs / 1e6 - resolutionMs);
}

export function resetMetrics(): void {
  durations.length = 0;
  for (const values of Object.values(phases)) values.length = 0;
  drops = 0;
  unanswered = 0;
  for (const values of [restoreWaits, restoreTimes, rejoinAuths]) values.length = 0;
  resetQueueMetrics();
  loopDelay?.reset();
  loopSince = performance.eventLoopUtilization();
  cpuSince = process.cpuUsage();
  wallSince = performance.now();
}

/** The process's CPU time over the wall time since the last reset (1: one core, all the time). */
function cpuShare(): number {
  const used = process.cpuUsage(cpuSince);
  const wall = performance.now() - wallSince;
  return wall > 0 ? (used.user + used.system) / 1000 / wall : 0;
}
