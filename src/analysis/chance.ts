import { isSet } from '../engine/layout';
import { packedRules, type PackedRules } from '../engine/packed';
import type { PackedStore } from '../engine/packed-store';
import type { Refusal } from '../engine/refusal';
import type { EngineEvent } from '../engine/types';
import type { Scenario } from '../scenario/types';
import type { Budget } from './budget';

/**
 * Receives one outcome of a step: the store holds the resulting packed state (valid only during
 * the call: copy what you keep), and `rolls` names the chance outcomes it took (`boycott_call+
 * leak-`), or is empty.
 */
export type EmitBranch = (store: PackedStore, rolls: string) => void;

/** Steps packed states through the rules, forking on every chance roll so both outcomes are explored exactly. */
export interface ChanceStepper {
  /** The rules with every chance left to the generator: what a real session runs. */
  readonly packed: PackedRules;
  /** The store every branch is emitted in. */
  readonly store: PackedStore;
  /** The budget every run of the rules is charged to. */
  readonly budget: Budget;
  initial(seed: number, emit: EmitBranch): void;
  /**
   * Steps the packed state whose key slots are at `from[offset ..]` by `event`, or by the player's
   * choice with this index, which the caller has found available (so it is not asked again), and
   * emits each outcome. Returns why the rules refused the event, or null. When the budget runs out
   * while a step forks, the outcomes not yet emitted are dropped: the caller sees the budget spent.
   */
  step(from: Float64Array, offset: number, event: EngineEvent | number, emit: EmitBranch): Refusal | null;
}

/**
 * Chance is handled without sampling. A step runs under the real rules; if it rolled a trigger
 * whose chance is below 1, it is run again twice under rules where that trigger's chance is forced
 * to 1 (it fires) and to 0 (it never fires), and so on for any further roll the forced run makes.
 * Each trigger is checked at most once per playthrough, so this always ends; every branch is a
 * state the real rules reach with positive probability. Inject variants also use the generator,
 * but they change only which text is shown, never what the rules observe, so they need no fork.
 * Forking is exponential in the rolls one step makes, so every run is charged to `budget`.
 */
export function createChanceStepper(scenario: Scenario, budget: Budget = { steps: 0, maxSteps: Infinity, maxStates: Infinity }): ChanceStepper {
  const chancy: number[] = [];
  scenario.triggers.forEach((trigger, index) => {
    if (trigger.chance < 1) chancy.push(index);
  });
  const packed = packedRules(scenario);
  const { layout } = packed;
  // Only the key slots are carried from state to state: the rest is history no step reads back
  // (see the engine's layout.ts), and the analysis stores keys alone.
  const keyWidth = layout.keyWidth;
  const store = packed.store();
  /**
   * The rules a forced run steps: one more compiled copy whose trigger chances are rewritten before
   * each forced run (a cast of the readonly array: these rules are private to this stepper). The engine reads a trigger's chance from `compiled.triggerChance` when it
   * rolls, so forcing an outcome needs no compile of its own (compiling rules for every set of
   * forced outcomes cost 2^n compiles, each far dearer than a step, and as much memory).
   */
  let forcedPacked: PackedRules | null = null;
  /** Forced outcomes by trigger index, written as the report names them, in declaration order. */
  const signature = (forced: ReadonlyMap<number, boolean>): string =>
    [...forced]
      .sort((a, b) => a[0] - b[0])
      .map(([index, hit]) => `${scenario.triggers[index]!.id}${hit ? '+' : '-'}`)
      .join(' ');

  const forcedRules = (forced: ReadonlyMap<number, boolean>): PackedRules => {
    // A copy of the scenario object: the engine caches its index per scenario object, and the
    // chances rewritten here must not be those of the real rules.
    forcedPacked ??= packedRules({ ...scenario });
    const chances = forcedPacked.compiled.triggerChance as number[];
    for (const index of chancy) {
      const hit = forced.get(index);
      chances[index] = hit === undefined ? scenario.triggers[index]!.chance : hit ? 1 : 0;
    }
    return forcedPacked;
  };

  const load = (from: Float64Array, offset: number): void => {
    const s = store.s;
    for (let slot = 0; slot < keyWidth; slot++) s[slot] = from[offset + slot]!;
  };

  /** The first trigger with a real chance that this step rolled and that is not forced yet, or -1. */
  const freshRoll = (from: Float64Array, offset: number, forced: ReadonlyMap<number, boolean> | null): number => {
    const s = store.s;
    for (const index of chancy) {
      const bit = layout.fired[index]!;
      if (isSet(s, 0, bit) && !isSet(from, offset, bit) && !forced?.has(index)) return index;
    }
    return -1;
  };

  /** One run of a step (or of the start, when `event` is null) under some rules, into the store. */
  const run = (rulesNow: PackedRules, from: Float64Array, offset: number, event: EngineEvent | number | null, seed: number): void => {
    if (event === null) rulesNow.initial(store, seed);
    else {
      load(from, offset);
      if (typeof event === 'number') rulesNow.choose(store, event);
      else rulesNow.apply(store, event);
    }
  };

  // No closures are made per step: the exhaustive analysis calls this for every transition.
  const step = (from: Float64Array, offset: number, event: EngineEvent | number | null, seed: number, emit: EmitBranch): Refusal | null => {
    if (event !== null && typeof event !== 'number') {
      load(from, offset);
      const reason = packed.refusal(store, event);
      if (reason !== null) return reason;
    }
    run(packed, from, offset, event, seed);
    budget.steps++;
    if (chancy.length === 0 || freshRoll(from, offset, null) < 0) {
      emit(store, '');
      return null;
    }
    const pending: Map<number, boolean>[] = [new Map()];
    while (pending.length > 0) {
      if (budget.steps >= budget.maxSteps) return null;
      const forced = pending.pop()!;
      if (forced.size > 0) {
        run(forcedRules(forced), from, offset, event, seed);
        budget.steps++;
      }
      const roll = freshRoll(from, offset, forced);
      if (roll < 0) {
        emit(store, signature(forced));
        continue;
      }
      pending.push(new Map(forced).set(roll, false), new Map(forced).set(roll, true));
    }
    return null;
  };

  const blank = new Float64Array(layout.width);
  return {
    packed,
    store,
    budget,
    initial: (seed, emit) => void step(blank, 0, null, seed, emit),
    step: (from, offset, event, emit) => step(from, offset, event, 0, emit),
  };
}
