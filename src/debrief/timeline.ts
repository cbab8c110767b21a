/**
 * One walk over the session log: which steps still stand after undos, when each decision was
 * taken and how long the room took (pauses excluded), the meters over in-game time, and what
 * the facilitator did. Everything the report needs that the final state does not hold.
 */
import type { LogEntry, Notice, SessionEvent } from '../engine/types';
import { causeOf } from '../engine/cause';
import type { Scenario } from '../scenario/types';
import type { SeriesPoint } from './types';

const DECISIONS = new Set<SessionEvent['type']>(['player.choose', 'clock.expire']);

/** Events that change the game state. */
const STEPS = new Set<SessionEvent['type']>([
  'player.choose',
  'player.continue',
  'clock.expire',
  'facilitator.inject',
  'facilitator.jump',
]);

export interface TimedDecision {
  readonly entry: LogEntry;
  readonly beat: string;
  readonly choice: string;
  readonly expired: boolean;
  readonly seconds: number | null;
  readonly limit: number | null;
}

export interface Timeline {
  /** Accepted steps that were not undone, in order (plus the session start). */
  readonly standing: readonly LogEntry[];
  readonly decisions: readonly TimedDecision[];
  /** Meter id to its values over in-game time, a step series starting at the meter's start. */
  readonly series: ReadonlyMap<string, readonly SeriesPoint[]>;
  /** Caps and floors put on meters on the standing path, in order, with the hour each began. */
  readonly limits: readonly TimedLimit[];
  /** Beats in the order first entered on the standing path. */
  readonly beatsPlayed: readonly string[];
  /** Entries whose step an undo took back, by seq. */
  readonly undone: ReadonlySet<number>;
  readonly firstWall: number;
  readonly lastWall: number;
  readonly pausedMs: number;
}

/** A lasting cap or floor as it came into force: the engine's notice and the in-game hour. */
export interface TimedLimit {
  readonly meter: string;
  readonly bound: 'cap' | 'floor';
  readonly value: number;
  readonly cause: string;
  readonly time: number;
}

type Interval = readonly [number, number];

function overlap(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const [a, b] of intervals) total += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return total;
}

export function walkLog(scenario: Scenario, log: readonly LogEntry[], finalTime: number): Timeline {
  const kept: LogEntry[] = [];
  const undone = new Set<number>();
  const pauses: Interval[] = [];
  let pausedSince: number | null = null;
  const firstWall = log[0]?.wall ?? 0;
  const lastWall = log[log.length - 1]?.wall ?? firstWall;
  // Decision clock: starts when a beat is entered or an undo returns the room to a decision.
  let clockFrom = firstWall;
  let extended = 0;
  const timing = new Map<number, { seconds: number; limit: number | null }>();

  for (const entry of log) {
    const type = entry.event.type;
    if (type === 'session.pause' && entry.accepted && pausedSince === null)
      pausedSince = entry.wall;
    if (type === 'session.resume' && entry.accepted && pausedSince !== null) {
      pauses.push([pausedSince, entry.wall]);
      pausedSince = null;
    }
    if (!entry.accepted) continue;
    if (type === 'facilitator.extend' && entry.event.type === 'facilitator.extend')
      extended += entry.event.seconds;
    if (type === 'facilitator.undo') {
      // As the engine does: the last decision goes, and everything that followed from it.
      const last = kept.findLastIndex((e) => DECISIONS.has(e.event.type));
      for (const e of last < 0 ? [] : kept.splice(last)) undone.add(e.seq);
      clockFrom = entry.wall;
      extended = 0;
      continue;
    }
    if (type === 'session.start' || STEPS.has(type)) {
      const decision = entry.notices.find((n) => n.kind === 'decision');
      if (decision && decision.kind === 'decision') {
        const beat = scenario.beats.find((b) => b.id === decision.beat);
        const base = beat?.decision?.timeLimit;
        timing.set(entry.seq, {
          seconds:
            Math.max(
              0,
              entry.wall - clockFrom - pausedWithin(pauses, pausedSince, clockFrom, entry.wall),
            ) / 1000,
          limit: base === undefined ? null : base + extended,
        });
      }
      if (entry.notices.some((n) => n.kind === 'enter')) {
        clockFrom = entry.wall;
        extended = 0;
      }
      kept.push(entry);
    }
  }
  if (pausedSince !== null) pauses.push([pausedSince, lastWall]);

  const decisions: TimedDecision[] = [];
  const beatsPlayed: string[] = [];
  const limits: TimedLimit[] = [];
  for (const entry of kept) {
    let time = entry.time;
    // A limit a missed deadline's outcome sets began when the deadline was missed, its due hour,
    // not at the later hour the miss was noticed.
    const missedAt = new Map<string, number>();
    for (const n of entry.notices) {
      if (n.kind === 'enter') time = n.time;
      if (n.kind === 'deadline' && n.status === 'missed') missedAt.set(causeOf('deadline', n.deadline), n.time);
      if (n.kind === 'limit') limits.push({ meter: n.meter, bound: n.bound, value: n.value, cause: n.cause, time: missedAt.get(n.cause) ?? time });
      if (n.kind === 'enter' && !beatsPlayed.includes(n.beat)) beatsPlayed.push(n.beat);
      if (n.kind === 'decision') {
        const t = timing.get(entry.seq);
        decisions.push({
          entry,
          beat: n.beat,
          choice: n.choice,
          expired: n.expired,
          seconds: t?.seconds ?? null,
          limit: t?.limit ?? null,
        });
      }
    }
  }
  return {
    standing: kept,
    decisions,
    series: meterSeries(scenario, kept, finalTime),
    limits,
    beatsPlayed,
    undone,
    firstWall,
    lastWall,
    pausedMs: overlap(pauses, firstWall, lastWall),
  };
}

function pausedWithin(
  pauses: readonly Interval[],
  openSince: number | null,
  from: number,
  to: number,
): number {
  const open: Interval[] = openSince === null ? [] : [[openSince, to]];
  return overlap([...pauses, ...open], from, to);
}

/** Each meter as (in-game hour, value) points from the standing steps' notices. */
function meterSeries(
  scenario: Scenario,
  kept: readonly LogEntry[],
  finalTime: number,
): Map<string, SeriesPoint[]> {
  const series = new Map<string, SeriesPoint[]>(
    scenario.meters.map((m) => [m.id, [{ time: 0, value: m.start }]]),
  );
  for (const entry of kept) {
    let time = entry.time;
    for (const n of entry.notices as readonly Notice[]) {
      if (n.kind === 'enter') time = n.time;
      if (n.kind !== 'meter') continue;
      const points = series.get(n.meter);
      if (!points) continue;
      const last = points[points.length - 1];
      if (last && last.value !== n.from) points.push({ time, value: n.from });
      points.push({ time, value: n.to });
    }
  }
  for (const points of series.values()) {
    const last = points[points.length - 1];
    if (last && finalTime > last.time) points.push({ time: finalTime, value: last.value });
  }
  return series;
}
