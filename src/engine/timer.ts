import type { Scenario } from '../scenario/types';
import { compile } from './compiled';
import { replay } from './replay';
import type { LogEntry } from './types';

/** Events after which the room faces a new decision, so its clock starts afresh. */
export const RESTARTS: ReadonlySet<string> = new Set(['session.start', 'player.choose', 'clock.expire', 'player.continue', 'facilitator.jump', 'facilitator.undo']);

/**
 * The real-time clock on the current decision: its limit in seconds (with the facilitator's
 * extensions), the seconds left at `now` (time spent paused does not count), and whether the
 * session is paused. Null when the decision has no time limit or the exercise is over.
 */
export function decisionTimer(scenario: Scenario, log: readonly LogEntry[], now: number): { limit: number; remaining: number; paused: boolean } | null {
  const first = log[0]?.event;
  if (first?.type !== 'session.start') return null;
  const state = replay(scenario, log, first.seed);
  if (state.ending !== null || log.some((entry) => entry.accepted && entry.event.type === 'facilitator.end')) return null;
  const limit = compile(scenario).beats.get(state.beat)?.decision?.timeLimit;
  if (limit === undefined) return null;

  let startIndex = 0;
  log.forEach((entry, index) => {
    // A push that entered a beat opened a detour: the room faces its decision from then on.
    if (entry.accepted && (RESTARTS.has(entry.event.type) || entry.notices.some((notice) => notice.kind === 'enter'))) startIndex = index;
  });
  const startWall = log[startIndex]!.wall;
  let extended = 0;
  let pausedMs = 0;
  let pausedSince: number | null = null;
  for (const [index, entry] of log.entries()) {
    if (!entry.accepted) continue;
    const event = entry.event;
    if (event.type === 'session.pause') pausedSince = entry.wall;
    else if (event.type === 'session.resume' && pausedSince !== null) {
      pausedMs += Math.max(0, entry.wall - Math.max(pausedSince, startWall));
      pausedSince = null;
    } else if (event.type === 'facilitator.extend' && index > startIndex) extended += event.seconds;
  }
  if (pausedSince !== null) pausedMs += Math.max(0, now - Math.max(pausedSince, startWall));
  const total = limit + extended;
  const elapsed = (now - startWall - pausedMs) / 1000;
  return { limit: total, remaining: Math.max(0, total - elapsed), paused: pausedSince !== null };
}
