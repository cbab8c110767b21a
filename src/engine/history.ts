/**
 * The growing records of a playthrough (choices taken, triggers fired, claims made) as states
 * share them. A step used to copy each record it appended to, so a chain of n decisions copied
 * n²/2 ids. Here successive states share one buffer: a state sees its first `length` entries, and
 * a step from the newest state appends in place, in O(1) amortised. A second step from an older
 * state (undo, a search trying several choices) finds the buffer already longer than its view and
 * copies its prefix first, so no state ever sees another's entries.
 *
 * States keep their public shape (readonly arrays, the same JSON): `historyState` gives a state
 * getters that build each array on first read, and `historiesOf` hands the engine the shared form.
 */
import type { ClaimRecord, GameState } from './types';

/** What the views of one buffer share: the entries, and where each first appears (built on demand). */
interface Buffer<T> {
  readonly items: T[];
  first: Map<T, number> | null;
  /**
   * False for an array the buffer only borrows (a state's own array, from a save or a test):
   * it is read, never appended to.
   */
  readonly owned: boolean;
}

/** A state's view of an append-only buffer: its first `length` entries. Immutable. */
export class History<T> {
  /** The view as an array, built on first request. */
  private array: readonly T[] | null = null;

  private constructor(
    private readonly buffer: Buffer<T>,
    readonly length: number,
  ) {}

  /** A view of `items`, borrowed: the first append copies them. */
  static of<T>(items: readonly T[]): History<T> {
    const view = new History<T>({ items: items as T[], first: null, owned: false }, items.length);
    view.array = items;
    return view;
  }

  /** Entries copied so far by appends from older states (for tests of the work done). */
  static copied = 0;

  /** The view with `item` appended. */
  append(item: T): History<T> {
    let buffer = this.buffer;
    if (!buffer.owned || buffer.items.length !== this.length) {
      History.copied += this.length;
      buffer = { items: buffer.items.slice(0, this.length), first: null, owned: true };
    }
    buffer.items.push(item);
    if (buffer.first !== null && !buffer.first.has(item)) buffer.first.set(item, this.length);
    return new History(buffer, this.length + 1);
  }

  /** Whether the view holds `item`, in O(1) once the buffer's index is built. */
  has(item: T): boolean {
    const buffer = this.buffer;
    if (buffer.first === null) {
      buffer.first = new Map();
      for (let index = 0; index < buffer.items.length; index++) {
        const entry = buffer.items[index]!;
        if (!buffer.first.has(entry)) buffer.first.set(entry, index);
      }
    }
    const at = buffer.first.get(item);
    return at !== undefined && at < this.length;
  }

  at(index: number): T | undefined {
    return index < this.length ? this.buffer.items[index] : undefined;
  }

  /** A new view with some entries replaced; it copies (rare: a revision contradicting claims). */
  replacing(replacements: ReadonlyMap<number, T>): History<T> {
    History.copied += this.length;
    const items = this.buffer.items.slice(0, this.length);
    for (const [index, item] of replacements) items[index] = item;
    return new History({ items, first: null, owned: true }, this.length);
  }

  toArray(): readonly T[] {
    if (this.array === null) this.array = this.buffer.items.slice(0, this.length);
    return this.array;
  }
}

export interface Histories {
  readonly chosen: History<string>;
  readonly fired: History<string>;
  readonly claims: History<ClaimRecord>;
}

/** The shared histories behind each state the engine made, or borrowed from a plain state once. */
const HISTORIES = new WeakMap<GameState, Histories>();

/** The histories of `state`, shared when the engine made it, else borrowed from its arrays. */
export function historiesOf(state: GameState): Histories {
  let found = HISTORIES.get(state);
  if (found === undefined) {
    found = { chosen: History.of(state.chosen), fired: History.of(state.fired), claims: History.of(state.claims) };
    HISTORIES.set(state, found);
  }
  return found;
}

/** The rest of a state: everything but its histories. */
export type StateFields = Omit<GameState, keyof Histories>;

/**
 * A state whose `chosen`, `fired` and `claims` are built from the histories when first read.
 * The getters are own and enumerable, in the fields' usual order, so JSON, spread and deep
 * equality see the same state as before.
 */
export function historyState(fields: StateFields, histories: Histories): GameState {
  const { chosen, fired, claims } = histories;
  const state: { -readonly [K in keyof GameState]: GameState[K] } = {
    beat: fields.beat,
    ending: fields.ending,
    time: fields.time,
    meters: fields.meters,
    flags: fields.flags,
    facts: fields.facts,
    visits: fields.visits,
    get chosen() {
      return chosen.toArray();
    },
    deadlines: fields.deadlines,
    get fired() {
      return fired.toArray();
    },
    get claims() {
      return claims.toArray();
    },
    rng: fields.rng,
  };
  // Added after, not spread in: one literal shape for the states that have no limit in force.
  if (fields.caps !== undefined) state.caps = fields.caps;
  if (fields.floors !== undefined) state.floors = fields.floors;
  if (fields.returnTo !== undefined) state.returnTo = fields.returnTo;
  HISTORIES.set(state, histories);
  return state;
}
