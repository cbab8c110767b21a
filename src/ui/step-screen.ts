/**
 * Which screen a step of the session leads to, whoever made it: the room's click on the projector
 * or the facilitator's command in the console. One rule for both, so "Record as the room's
 * choice" shows the room exactly what a click would have shown (issue #16, points 1 and 2).
 */
import type { GameState, LogEntry, Notice } from '../engine/types';

/** The events that move the room on (and so may have a consequence to show). */
const MOVES: ReadonlySet<string> = new Set(['player.choose', 'clock.expire', 'player.continue']);

/** Notices that only set the next scene: with nothing else, the war room simply moves on. */
const QUIET: ReadonlySet<Notice['kind']> = new Set(['enter', 'inject', 'flag']);

export type StepScreen =
  | { readonly kind: 'consequence'; readonly before: GameState; readonly notices: readonly Notice[]; readonly expired: boolean }
  | { readonly kind: 'war-room' }
  | { readonly kind: 'ending' }
  /** The step changed nothing the room sees (a note, a refused command). */
  | { readonly kind: 'stay' };

/**
 * The screen after `entry`, given the state before it and whether the exercise is now over.
 * A decision, a timer's expiry, or any step with visible effects shows the consequence; a quiet
 * Continue goes straight to the next beat's war room.
 */
export function screenAfter(entry: LogEntry, before: GameState, finished: boolean): StepScreen {
  if (!entry.accepted) return { kind: 'stay' };
  const type = entry.event.type;
  if (MOVES.has(type)) {
    const decided = entry.notices.some((notice) => notice.kind === 'decision');
    const expired = type === 'clock.expire';
    const quiet = entry.notices.every((notice) => QUIET.has(notice.kind));
    if (decided || expired || !quiet || finished) return { kind: 'consequence', before, notices: entry.notices, expired };
    return { kind: 'war-room' };
  }
  if (type === 'facilitator.note') return { kind: 'stay' };
  return finished ? { kind: 'ending' } : { kind: 'war-room' };
}
