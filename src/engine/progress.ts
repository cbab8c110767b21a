/**
 * The session's rules on top of the game's: pause, resume, extend, notes, undo and end. One
 * reducer serves the live session (driving the xstate actor) and `replay` (driving the pure
 * `step`), so a log always means the same thing wherever it is read.
 */
import { ENDED, refused, type Refusal } from './refusal';
import type { EngineEvent, GameState, Notice, SessionEvent, StepResult } from './types';

/** What applies engine events: the actor in a session, `step` in a replay. */
export interface Driver {
  state(): GameState;
  step(event: EngineEvent): StepResult;
  /** Starts over from the initial state and applies these events (all accepted before). */
  rebuild(events: readonly EngineEvent[]): void;
}

/** The session-level state a log builds up besides the game. */
export interface Progress {
  paused: boolean;
  /** The facilitator ended the exercise. */
  ended: boolean;
  /** The engine events in effect, in order: accepted ones, minus those undone. */
  effective: EngineEvent[];
}

export interface Dispatched {
  readonly accepted: boolean;
  readonly reason?: string;
  readonly refusal?: Refusal;
  readonly notices: readonly Notice[];
}

const DECISIONS: ReadonlySet<string> = new Set(['player.choose', 'clock.expire']);

export function isEngineEvent(event: SessionEvent): event is EngineEvent {
  return event.type.startsWith('player.') || event.type === 'clock.expire' || event.type === 'facilitator.inject' || event.type === 'facilitator.jump';
}

const refuse = (refusal: Refusal): Dispatched => ({ accepted: false, reason: refusal.text, refusal, notices: [] });
const ok: Dispatched = { accepted: true, notices: [] };

/** Applies one session event; `progress` is updated in place. */
export function dispatch(driver: Driver, progress: Progress, event: SessionEvent): Dispatched {
  const finished = progress.ended || driver.state().ending !== null;
  if (event.type === 'facilitator.note') return ok;
  if (event.type === 'session.start') return refuse(refused('started', 'the session has already started'));
  if (finished) return refuse(ENDED);
  if (isEngineEvent(event)) {
    if (event.type === 'clock.expire' && progress.paused) return refuse(refused('paused', 'the session is paused'));
    const result = driver.step(event);
    // Refused with the rules' own reason and refusal (a StepResult is a Dispatched, and more).
    if (!result.accepted) return result;
    progress.effective.push(event);
    return { accepted: true, notices: result.notices };
  }
  switch (event.type) {
    case 'session.pause':
      if (progress.paused) return refuse(refused('alreadyPaused', 'the session is already paused'));
      progress.paused = true;
      return ok;
    case 'session.resume':
      if (!progress.paused) return refuse(refused('notPaused', 'the session is not paused'));
      progress.paused = false;
      return ok;
    case 'facilitator.extend':
      return event.seconds > 0 && Number.isFinite(event.seconds) ? ok : refuse(refused('badExtension', 'an extension must be a positive number of seconds'));
    case 'facilitator.end':
      progress.ended = true;
      return ok;
    case 'facilitator.undo': {
      const last = progress.effective.findLastIndex((candidate) => DECISIONS.has(candidate.type));
      if (last < 0) return refuse(refused('nothingToUndo', 'there is no decision to undo'));
      // Everything after the decision followed from it, so it goes too.
      progress.effective = progress.effective.slice(0, last);
      driver.rebuild(progress.effective);
      return ok;
    }
  }
}
