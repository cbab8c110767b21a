/**
 * What the console reads off the session log: which entries are still in effect after undos,
 * the injects the room has seen in the current beat, the optional injects already pushed, the
 * observer notes, and the facilitator's actions. Pure functions of the log the projector sent.
 */
import type { GameState, LogEntry, Notice, SessionEvent } from '../../engine/types.ts';

const DECISIONS: ReadonlySet<SessionEvent['type']> = new Set(['player.choose', 'clock.expire']);
const ENGINE_EVENTS: ReadonlySet<SessionEvent['type']> = new Set([
  'player.choose',
  'player.continue',
  'clock.expire',
  'facilitator.inject',
  'facilitator.jump',
]);

/**
 * The accepted entries whose engine events are still in effect, in order: an accepted undo takes
 * back the last decision and everything after it (the engine's rule in src/engine/progress.ts).
 * `session.start` is kept as the first entry.
 */
export function effectiveEntries(log: readonly LogEntry[]): readonly LogEntry[] {
  let effective: LogEntry[] = [];
  for (const entry of log) {
    if (!entry.accepted) continue;
    const type = entry.event.type;
    if (type === 'session.start' || ENGINE_EVENTS.has(type)) effective.push(entry);
    else if (type === 'facilitator.undo') {
      const last = effective.findLastIndex((candidate) => DECISIONS.has(candidate.event.type));
      if (last >= 0) effective = effective.slice(0, last);
    }
  }
  return effective;
}

export interface DeliveredInject {
  readonly inject: string;
  readonly source: string;
  readonly variant?: number;
  readonly headlineCase?: number;
  readonly bodyCase?: number;
}

/** The injects delivered since the room entered the current beat, in order. */
export function injectsInBeat(
  log: readonly LogEntry[],
  state: GameState,
): readonly DeliveredInject[] {
  const notices = effectiveEntries(log).flatMap((entry) => entry.notices);
  const entered = notices.findLastIndex(
    (notice) => notice.kind === 'enter' && notice.beat === state.beat,
  );
  return notices
    .slice(Math.max(0, entered))
    .filter((notice): notice is Extract<Notice, { kind: 'inject' }> => notice.kind === 'inject')
    .map(({ inject, source, variant, headlineCase, bodyCase }) => ({
      inject,
      source,
      ...(variant !== undefined && { variant }),
      ...(headlineCase !== undefined && { headlineCase }),
      ...(bodyCase !== undefined && { bodyCase }),
    }));
}

/** How many times each optional inject has been pushed and is still in effect. */
export function pushedInjects(log: readonly LogEntry[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const entry of effectiveEntries(log)) {
    if (entry.event.type === 'facilitator.inject') {
      counts.set(entry.event.inject, (counts.get(entry.event.inject) ?? 0) + 1);
    }
  }
  return counts;
}

export interface ObserverNote {
  readonly seq: number;
  readonly wall: number;
  readonly time: number;
  readonly beat: string;
  readonly text: string;
}

/** Every observer note, oldest first; notes are never undone. */
export function observerNotes(log: readonly LogEntry[]): readonly ObserverNote[] {
  return log.flatMap((entry) =>
    entry.accepted && entry.event.type === 'facilitator.note'
      ? [
          {
            seq: entry.seq,
            wall: entry.wall,
            time: entry.time,
            beat: entry.beat,
            text: entry.event.text,
          },
        ]
      : [],
  );
}

/** True when an accepted decision is in effect, so undo has something to take back. */
export function canUndo(log: readonly LogEntry[]): boolean {
  return effectiveEntries(log).some((entry) => DECISIONS.has(entry.event.type));
}

/** Whether the facilitator ended the exercise early. */
export function endedEarly(log: readonly LogEntry[]): boolean {
  return log.some((entry) => entry.accepted && entry.event.type === 'facilitator.end');
}
