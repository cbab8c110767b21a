/**
 * What the moves of a step read and write. The rules are written once, against this interface;
 * two representations implement it:
 * - the object draft (object-store.ts) over a `GameState`, with the full history (every choice,
 *   every claim with its time) and notices: what sessions, saves and the debrief use;
 * - the packed state (packed-store.ts), one Float64Array per state holding only what the rules can
 *   observe: what the exhaustive analysis explores by the hundred thousand.
 * Everything is addressed by index (see compiled.ts), so neither pays for names in the hot loop.
 */
import type { Confidence } from '../scenario/types';
import type { ClaimShape, DeadlineStatus, Notice } from './types';

/** Deadline statuses by code, as the packed state stores them, and codes by status. */
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['idle', 'running', 'met', 'missed', 'deficient'];
export const DEADLINE_CODES: Readonly<Record<DeadlineStatus, number>> = { idle: 0, running: 1, met: 2, missed: 3, deficient: 4 };
export const IDLE = 0;
export const RUNNING = 1;
export const MET = 2;
export const MISSED = 3;
/** Met, but with `deficient_when` holding at that moment. */
export const DEFICIENT = 4;

/**
 * Standing claims a revision contradicted: one record (with its choice), or `count` claims of one
 * kind; with the claim's bound and audience (`ClaimShape`).
 */
export interface Contradicted extends ClaimShape {
  readonly claimed: number;
  readonly confidence: Confidence;
  readonly choice: string | null;
  readonly count: number;
}

export interface Store {
  /** Collected notices, or null when the caller does not want them. */
  readonly notices: Notice[] | null;
  beat(): number;
  setBeat(beat: number): void;
  /** The ending's index, or -1 while playing. */
  ending(): number;
  setEnding(ending: number): void;
  time(): number;
  setTime(time: number): void;
  meter(meter: number): number;
  setMeter(meter: number, value: number): void;
  flag(flag: number): boolean;
  setFlag(flag: number, value: boolean): void;
  fact(fact: number): number;
  setFact(fact: number, value: number): void;
  /** A deadline's status code (IDLE, RUNNING, MET, MISSED). */
  deadline(deadline: number): number;
  /** The hour a deadline's clock started (0 when it has not). */
  deadlineStart(deadline: number): number;
  /** Starts a clock, or resolves a running one at `time` (its start is kept). */
  setDeadline(deadline: number, status: number, time: number): void;
  /** The lasting cap on a meter (Infinity when none is in force); see meter-limits.ts. */
  cap(meter: number): number;
  /** The lasting floor on a meter (-Infinity when none is in force). */
  floor(meter: number): number;
  /** Puts a cap (or floor) in force; the caller has already chosen the stricter of old and new. */
  setCap(meter: number, value: number): void;
  setFloor(meter: number, value: number): void;
  fired(trigger: number): boolean;
  fire(trigger: number): void;
  chose(choice: number): boolean;
  recordChoice(choice: number): void;
  visits(beat: number): number;
  visit(beat: number): void;
  /** Records a public claim of `kind` made by `choice` (its index) now. */
  addClaim(kind: number, choice: number): void;
  /**
   * Marks contradicted every standing claim about `fact` that the revision to `revised` contradicts
   * under `tolerance` (see `figureContradicted`), and returns them in the order they were made;
   * null when none was.
   */
  contradictClaims(fact: number, revised: number, tolerance: number): Contradicted[] | null;
  rng(): readonly number[];
  setRng(rng: readonly number[]): void;
  /** The beat an open detour interrupted (by index), or -1 when no detour is open. */
  returnTo(): number;
  setReturnTo(beat: number): void;
}
