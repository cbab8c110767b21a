/**
 * The engine's plain-data model: the state the pure rules transform, the events that drive them,
 * what a step reports, and the session log and save. All JSON-serialisable.
 */
import type { Audience, Confidence } from '../scenario/types';
import type { Refusal } from './refusal';

export type DeadlineStatus = 'idle' | 'running' | 'met' | 'missed' | 'deficient';

export interface DeadlineState {
  readonly status: DeadlineStatus;
  /** In-game hour the clock started (`starts_when` first held), when it has; the due hour follows from it. */
  readonly startedAt?: number;
  /** In-game hour it was met (or met deficiently), or, when missed, its due hour. */
  readonly resolvedAt?: number;
}

/** A claim made; its bound and audience (`ClaimShape`) are present only when not the default. */
export interface ClaimRecord extends ClaimShape {
  readonly fact: string;
  readonly value: number;
  readonly confidence: Confidence;
  readonly choice: string;
  readonly beat: string;
  readonly time: number;
  /** Set when a later revision contradicted the claim. */
  readonly contradictedBy?: { readonly value: number; readonly time: number };
}

/**
 * Everything the rules need to go on from here. `beat` is the current beat; once an ending is
 * reached `ending` is set and `beat` stays on the last beat played.
 */
export interface GameState {
  readonly beat: string;
  readonly ending: string | null;
  /** In-game hours since the scenario's start. */
  readonly time: number;
  readonly meters: Readonly<Record<string, number>>;
  readonly flags: Readonly<Record<string, boolean>>;
  readonly facts: Readonly<Record<string, number>>;
  /** Beat id to number of times entered. */
  readonly visits: Readonly<Record<string, number>>;
  /** Choice ids taken so far, in order (for `chose(id)`, rubrics and the debrief). */
  readonly chosen: readonly string[];
  readonly deadlines: Readonly<Record<string, DeadlineState>>;
  /** Trigger ids whose condition has held once (fired, or rolled and failed). */
  readonly fired: readonly string[];
  readonly claims: readonly ClaimRecord[];
  /** The seeded generator's state (pure-rand), so chance is replayable. */
  readonly rng: readonly number[];
  /** Meter id to the lasting cap in force, when an outcome has set one (absent when none). */
  readonly caps?: Readonly<Record<string, number>>;
  /** Meter id to the lasting floor in force, when an outcome has set one (absent when none). */
  readonly floors?: Readonly<Record<string, number>>;
  /**
   * While a pushed inject's detour decision is open (`beat` is the detour): the beat it
   * interrupted, where play carries on once it is answered. Absent otherwise.
   */
  readonly returnTo?: string;
}

/** Events the pure `step` understands; the xstate machine takes the same. */
export type EngineEvent =
  | { readonly type: 'player.choose'; readonly choice: string }
  | { readonly type: 'player.continue' }
  | { readonly type: 'clock.expire' }
  | { readonly type: 'facilitator.inject'; readonly inject: string }
  | { readonly type: 'facilitator.jump'; readonly beat: string };

/**
 * A claim's bound edges (see `ClaimFigure`) and its audience, each present only when it is not the
 * default (a point figure; the public), so states and logs of older scenarios stay as they were.
 */
export interface ClaimShape {
  readonly atLeast?: number;
  readonly upTo?: number;
  readonly audience?: Audience;
}

/** What happened during one step, in order, for the UI's consequence screen and the debrief. */
export type Notice =
  | { readonly kind: 'decision'; readonly beat: string; readonly choice: string; readonly expired: boolean }
  | { readonly kind: 'meter'; readonly meter: string; readonly from: number; readonly to: number; readonly cause: string }
  | { readonly kind: 'flag'; readonly flag: string; readonly value: boolean; readonly cause: string }
  | { readonly kind: 'fact'; readonly fact: string; readonly from: number; readonly to: number; readonly cause: string }
  | ({ readonly kind: 'claim'; readonly fact: string; readonly value: number; readonly confidence: Confidence; readonly choice: string } & ClaimShape)
  /**
   * A revision contradicted a claim: `choice` made the claim, `cause` (absent in older logs) is the
   * revision's, which the penalty's meter notices carry too.
   */
  | ({ readonly kind: 'contradiction'; readonly fact: string; readonly claimed: number; readonly revised: number; readonly confidence: Confidence; readonly choice: string; readonly cause?: string } & ClaimShape)
  /**
   * A trigger's condition held for the first time. `rolled`: its chance was below 1, so the
   * generator was rolled; `fired`: it went off (its inject and outcome follow).
   */
  | { readonly kind: 'trigger'; readonly trigger: string; readonly rolled: boolean; readonly fired: boolean }
  /**
   * An inject reaches the team; `source` is `beat`, `trigger`, `deadline` or `facilitator`.
   * `headlineCase`/`bodyCase`: the conditional variant picked on delivery (absent: the fallback).
   */
  | { readonly kind: 'inject'; readonly inject: string; readonly source: string; readonly variant?: number; readonly headlineCase?: number; readonly bodyCase?: number }
  /** The conditional feedback a choice with variants gets, picked right after its outcome (absent: the fallback). */
  | { readonly kind: 'feedback'; readonly choice: string; readonly feedbackCase?: number }
  /** The outcome story a choice with story variants tells, picked with its feedback (absent: the fallback). */
  | { readonly kind: 'consequence'; readonly choice: string; readonly consequenceCase?: number }
  /** A clock started, was met (or met deficiently), or was missed; a miss is dated at its due hour. */
  | { readonly kind: 'deadline'; readonly deadline: string; readonly status: 'running' | 'met' | 'missed' | 'deficient'; readonly time: number }
  /** A lasting cap or floor on a meter came into force (or tightened), from the outcome `cause`. */
  | { readonly kind: 'limit'; readonly meter: string; readonly bound: 'cap' | 'floor'; readonly value: number; readonly cause: string }
  | { readonly kind: 'enter'; readonly beat: string; readonly time: number }
  /** A detour was answered: play carries on at `beat`, the one the push interrupted (not entered again). */
  | { readonly kind: 'return'; readonly beat: string }
  /** `epilogueCase`: the conditional epilogue picked when the ending was reached (absent: the fallback). */
  | { readonly kind: 'ending'; readonly ending: string; readonly epilogueCase?: number };

export interface StepResult {
  readonly state: GameState;
  /** False when the event was not allowed here (unknown or unavailable choice, game over...). */
  readonly accepted: boolean;
  /** Why the event was refused, in English (the test plans' and the logs' words). */
  readonly reason?: string;
  /** The same as a code and values, for a floor that words it in the reader's language. */
  readonly refusal?: Refusal;
  readonly notices: readonly Notice[];
}

/** Session-level events: engine events plus what only the session handles. */
export type SessionEvent =
  | EngineEvent
  | { readonly type: 'session.start'; readonly seed: number; readonly team?: string }
  | { readonly type: 'session.pause' }
  | { readonly type: 'session.resume' }
  | { readonly type: 'facilitator.undo' }
  | { readonly type: 'facilitator.extend'; readonly seconds: number }
  | { readonly type: 'facilitator.note'; readonly text: string }
  | { readonly type: 'facilitator.end' };

/** One line of the append-only session log. */
export interface LogEntry {
  readonly seq: number;
  /** Wall-clock time, milliseconds since the epoch. */
  readonly wall: number;
  /** In-game hours when the event arrived. */
  readonly time: number;
  /** The beat current when the event arrived. */
  readonly beat: string;
  readonly event: SessionEvent;
  readonly accepted: boolean;
  readonly notices: readonly Notice[];
}

export const SAVE_FORMAT = 'crisis-room-save';
export const SAVE_VERSION = 1;

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly scenario: { readonly id: string; readonly version: string; readonly hash: string };
  readonly seed: number;
  readonly team?: string;
  /** The interface language the session was played in, so its debrief comes out in it too. */
  readonly lang?: string;
  readonly savedAt: number;
  readonly log: readonly LogEntry[];
  /** The state after the log, so a reader need not replay; restore checks it against replay. */
  readonly state: GameState;
  readonly paused: boolean;
  /** True once an ending is reached or the facilitator ended the exercise. */
  readonly finished: boolean;
}
