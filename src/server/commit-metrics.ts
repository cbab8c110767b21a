/**
 * The group commits' queues as the benchmark sees them (LIVE_METRICS servers): how big the
 * batches were and how many commits were under way at once, and per kind of write (a team's
 * events; participants and proposals) how deep the queue stood when a write arrived, how long it
 * waited for a commit to take it and how long that commit took. A store phase much longer than
 * its commits is time spent queued, and these say where.
 */
import type { BatchFigures } from './group-commit.ts';
import { percentile } from './percentile.ts';

export type WriteKind = 'events' | 'people';

interface KindFigures {
  readonly queued: number[];
  readonly committing: number[];
  readonly ahead: number[];
}

const kinds: Record<WriteKind, KindFigures> = { events: { queued: [], committing: [], ahead: [] }, people: { queued: [], committing: [], ahead: [] } };
const batches: number[] = [];
const inFlight: number[] = [];

/** Kept only on the benchmark's servers (metrics.ts starts it), or the lists would grow with every write. */
let measuring = false;

export function measureQueues(): void {
  measuring = true;
}

/** `kindOf[i]` is the kind of the batch's i-th write. */
export function recordBatch(batch: BatchFigures, kindOf: readonly WriteKind[]): void {
  if (!measuring) return;
  batches.push(batch.writes);
  inFlight.push(batch.inFlight);
  kindOf.forEach((kind, write) => {
    const figures = kinds[kind];
    figures.queued.push(batch.queued[write] ?? 0);
    figures.ahead.push(batch.ahead[write] ?? 0);
    // As the writer waits it: a big batch's commit weighs as many times as it holds writes.
    figures.committing.push(batch.committing);
  });
}

export interface Spread {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface KindSpread {
  readonly writes: number;
  readonly queued: Spread;
  readonly committing: Spread;
  readonly ahead: Spread;
}

export interface QueueFigures {
  readonly commits: number;
  readonly batch: Spread;
  readonly inFlight: Spread;
  readonly kinds: Record<WriteKind, KindSpread>;
}

/** p50, p95 and max of `values`. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
}

const kindSpread = (figures: KindFigures): KindSpread => ({ writes: figures.queued.length, queued: spread(figures.queued), committing: spread(figures.committing), ahead: spread(figures.ahead) });

export function queueMetrics(): QueueFigures {
  return { commits: batches.length, batch: spread(batches), inFlight: spread(inFlight), kinds: { events: kindSpread(kinds.events), people: kindSpread(kinds.people) } };
}

export function resetQueueMetrics(): void {
  batches.length = 0;
  inFlight.length = 0;
  for (const figures of Object.values(kinds)) for (const values of Object.values(figures) as number[][]) values.length = 0;
}
