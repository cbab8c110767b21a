import { NO_NEXT } from '../engine/compiled';
import { readField, type Layout } from '../engine/layout';
import type { PackedRules } from '../engine/packed';
import type { Refusal as EngineRefusal } from '../engine/refusal';
import type { EngineEvent, GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { createBudget, type Budget } from './budget';
import { createChanceStepper, type EmitBranch } from './chance';
import { createStateTable } from './state-table';

/**
 * A Continue the rules refused at a beat that offers one: the engine disagreeing with itself.
 * (A choice is stepped only once its condition is seen to hold, so it cannot be refused.)
 */
export interface Refusal {
  readonly state: number;
  readonly event: string;
  /** Coded, so a report words it in its reader's language. */
  readonly reason: EngineRefusal;
}

/**
 * The reachable state graph, breadth first. States 0.. are in discovery order, as the key slots of
 * packed states (see the engine's layout.ts): state `i` is `data[i * layout.keyWidth ..]`. The
 * edges of state `i` are `edgeStart[i]` to `edgeStart[i + 1]` (exclusive) in the edge arrays.
 */
export interface StateGraph {
  readonly scenario: Scenario;
  readonly rules: PackedRules;
  readonly layout: Layout;
  /**
   * The key slots of each state, `layout.keyWidth` apiece, `count` of them, then unused room. The
   * key is everything the rules can observe; the rest of a packed state (the hours clocks started
   * and stopped, claims on facts nothing revises, the generator) is history and is not kept.
   */
  readonly data: Float64Array;
  readonly count: number;
  /** Initial states: more than one when the start beat rolls a chance. */
  readonly roots: readonly number[];
  readonly edgeStart: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Index into `choiceIds`, or -1 for a Continue. */
  readonly edgeChoice: Int32Array;
  /** The chance outcomes an edge depends on ('' or absent when none). */
  readonly edgeRolls: readonly string[];
  readonly choiceIds: readonly string[];
  /** Unfinished states in which nothing can be done. */
  readonly deadEnds: readonly number[];
  readonly refusals: readonly Refusal[];
  /** Beats some explored step entered (including beats passed through on a trigger's goto). */
  readonly enteredBeats: ReadonlySet<string>;
  /** False when the state cap or the step budget stopped the exploration. */
  readonly complete: boolean;
  /** What stopped the exploration short: the state cap, the budget's steps, or nothing. */
  readonly stoppedBy: 'states' | 'steps' | null;
  /** How many states were expanded (all of them when complete). */
  readonly expanded: number;
}

export const DEFAULT_MAX_STATES = 1_000_000;

/** A state's beat (index into the scenario's beats). */
export const beatOf = (graph: StateGraph, state: number): number => readField(graph.data, state * graph.layout.keyWidth, graph.layout.beat);
/** A state's ending (index into the scenario's endings), or -1 while playing. */
export const endingOf = (graph: StateGraph, state: number): number => readField(graph.data, state * graph.layout.keyWidth, graph.layout.ending);
/** The state an edge leaves (edges are stored grouped by the state they leave, in order). */
export function sourceOf(graph: StateGraph, edge: number): number {
  let low = 0;
  let high = graph.count - 1;
  // The last state whose edges start at or before `edge`: among states without edges (which share
  // a start), the last one is the one whose range holds it.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (graph.edgeStart[middle]! <= edge) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * A state as a GameState, as far as its key knows it (see PackedRules.unpack): no generator state,
 * and a met or missed clock's start and end hours read 0.
 */
export function gameStateOf(graph: StateGraph, state: number): GameState {
  const { keyWidth, width } = graph.layout;
  const full = new Float64Array(width);
  full.set(graph.data.subarray(state * keyWidth, (state + 1) * keyWidth));
  return graph.rules.unpack(full);
}

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Explores every state the player can reach by choosing and continuing, memoised on the packed
 * state key, stepping the engine's packed rules in place. Facilitator moves (jumps, optional
 * injects, undo) are outside the player's space and are not explored; `clock.expire` takes the
 * default choice, which is explored as a choice. Spends from `budget` when given (its state cap
 * then applies), else from a budget of its own with `maxStates`.
 */
export function explore(scenario: Scenario, options: { maxStates?: number; budget?: Budget } = {}): StateGraph {
  const budget = options.budget ?? createBudget({ maxStates: options.maxStates ?? DEFAULT_MAX_STATES });
  const maxStates = budget.maxStates;
  const stepper = createChanceStepper(scenario, budget);
  const { packed } = stepper;
  const { layout, compiled } = packed;
  const stride = layout.keyWidth;
  const table = createStateTable(layout.keyWidth, maxStates);
  const here = packed.store();
  const choiceIds = compiled.choiceList.map((choice) => choice.id);
  const continueEvent: EngineEvent = { type: 'player.continue' };
  const entered = new Uint8Array(scenario.beats.length);
  stepper.store.entered = entered;
  const edgeStart = new IntList();
  const edgeTarget = new IntList();
  const edgeChoice = new IntList();
  const edgeRolls: string[] = [];
  const deadEnds: number[] = [];
  const refusals: Refusal[] = [];
  let complete = true;
  let stoppedBy: StateGraph['stoppedBy'] = null;

  const roots: number[] = [];
  stepper.initial(0, (store) => {
    const id = table.intern(store.s);
    if (id >= 0 && !roots.includes(id)) roots.push(id);
  });

  let index = 0;
  let choice = -1;
  let full = false;
  const { maxSteps } = budget;
  // Chance at the start beat alone can spend the budget: then nothing is expanded.
  if (budget.steps >= maxSteps) {
    complete = false;
    stoppedBy = 'steps';
  }
  const onBranch: EmitBranch = (store, rolls) => {
    if (full) return;
    const target = table.intern(store.s);
    if (target < 0) {
      full = true;
      return;
    }
    edgeTarget.push(target);
    edgeChoice.push(choice);
    if (rolls) edgeRolls[edgeTarget.length - 1] = rolls;
  };
  for (; complete && index < table.count; index++) {
    const start = edgeTarget.length;
    edgeStart.push(start);
    // The state is read where it is stored; stepping copies its key slots out.
    const data = table.data();
    here.s = data;
    here.o = index * stride;
    if (here.ending() >= 0) continue;
    const beat = here.beat();
    if (compiled.beatDecides[beat]) {
      for (const at of compiled.beatChoices[beat]!) {
        if (!compiled.tests.choice[at]!(here)) continue;
        choice = at;
        // Offered here (its condition holds, at this beat's decision): stepped without asking again.
        stepper.step(data, here.o, at, onBranch);
        if (full) break;
      }
    } else if (compiled.beatNext[beat] !== NO_NEXT) {
      choice = -1;
      const reason = stepper.step(data, here.o, continueEvent, onBranch);
      if (reason !== null) refusals.push({ state: index, event: 'continue', reason });
    }
    // The budget's one check per state, after its steps: one that ran out while it forked left
    // this state's edges partial.
    if (!full && budget.steps >= maxSteps) {
      full = true;
      stoppedBy = 'steps';
    }
    if (full) {
      // The cap: this state stays unexpanded, its partial edges dropped.
      complete = false;
      stoppedBy ??= 'states';
      edgeTarget.length = start;
      edgeChoice.length = start;
      edgeRolls.length = Math.min(edgeRolls.length, start);
      edgeStart.length--;
      break;
    }
    if (edgeTarget.length === start) deadEnds.push(index);
  }
  // States past the cap's frontier were never expanded: they have no edges.
  while (edgeStart.length <= table.count) edgeStart.push(edgeTarget.length);
  const enteredBeats = new Set(scenario.beats.filter((_beat, at) => entered[at] === 1).map((beat) => beat.id));
  return {
    scenario,
    rules: packed,
    layout,
    data: table.data(),
    count: table.count,
    roots,
    edgeStart: edgeStart.done(),
    edgeTarget: edgeTarget.done(),
    edgeChoice: edgeChoice.done(),
    edgeRolls,
    choiceIds,
    deadEnds,
    refusals,
    enteredBeats,
    complete,
    stoppedBy,
    expanded: index,
  };
}
