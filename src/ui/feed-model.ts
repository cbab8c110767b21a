/**
 * The injects the room has received, read off the session log. Undo takes a decision back and
 * everything that followed it, so its injects leave the feed too (as the engine's own
 * bookkeeping does in progress.ts).
 */
import type { LogEntry, SessionEvent } from '../engine/types';

export interface FeedItem {
  readonly inject: string;
  readonly variant: number | undefined;
  /** The conditional headline and body picked on delivery (absent: the plain texts). */
  readonly headlineCase?: number;
  readonly bodyCase?: number;
  /** `beat`, `trigger`, `deadline` or `facilitator`. */
  readonly source: string;
  /** In-game hours when it arrived. */
  readonly time: number;
  /** The log entry that delivered it. */
  readonly seq: number;
}

interface Group {
  readonly event: SessionEvent;
  readonly items: readonly FeedItem[];
}

const DECISIONS: ReadonlySet<string> = new Set(['player.choose', 'clock.expire']);

/** Every inject in effect, oldest first. */
export function feedItems(log: readonly LogEntry[]): FeedItem[] {
  let groups: Group[] = [];
  for (const entry of log) {
    if (!entry.accepted) continue;
    if (entry.event.type === 'facilitator.undo') {
      const last = groups.findLastIndex((group) => DECISIONS.has(group.event.type));
      if (last >= 0) groups = groups.slice(0, last);
      continue;
    }
    let time = entry.time;
    const items: FeedItem[] = [];
    for (const notice of entry.notices) {
      if (notice.kind === 'enter') time = notice.time;
      if (notice.kind === 'deadline') time = Math.max(time, notice.time);
      if (notice.kind === 'inject') {
        const { headlineCase, bodyCase } = notice;
        items.push({
          inject: notice.inject,
          variant: notice.variant,
          ...(headlineCase !== undefined && { headlineCase }),
          ...(bodyCase !== undefined && { bodyCase }),
          source: notice.source,
          time,
          seq: entry.seq,
        });
      }
    }
    if (items.length > 0 || DECISIONS.has(entry.event.type) || entry.event.type.startsWith('player.') || entry.event.type.startsWith('facilitator.')) {
      groups.push({ event: entry.event, items });
    }
  }
  return groups.flatMap((group) => group.items);
}

/** The seq of the last entry that delivered anything: its injects are the "new" ones. */
export function latestDelivery(items: readonly FeedItem[]): number {
  return items.at(-1)?.seq ?? -1;
}

/**
 * Where the "new" injects start, given the last seq the room saw on a war room (null: none yet in
 * this window). Normally the last delivery; but when a console moved the room past a beat it never
 * saw (Continue while the projector showed a consequence), that beat's injects are new too, or the
 * room would never be told of them.
 */
export function freshFrom(items: readonly FeedItem[], seenUpTo: number | null): number {
  const latest = latestDelivery(items);
  if (seenUpTo === null) return latest;
  const unseen = items.find((item) => item.seq > seenUpTo);
  return unseen ? Math.min(unseen.seq, latest) : latest;
}
