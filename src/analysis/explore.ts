import type { EngineEvent, GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { type Branch, createChanceStepper } from './chance';
import { referencesOf } from '../scenario/references';
import { createStateKey } from './state-key';

/** An event an available choice or a Continue was refused with: the engine disagreeing with itself. */
export interface Refusal {
  readonly state: number;
  readonly event: string;
  readonly reason: string;
}

/**
 * The reachable state graph, breadth first. State 0.. are in discovery order; the edges of state
 * `i` are `edgeStart[i]` to `edgeStart[i + 1]` (exclusive) in the edge arrays.
 */
export interface StateGraph {
  readonly scenario: Scenario;
  /**
   * One representative state per key, with `chosen` and `visits` cut down to the choices and beats
   * that conditions and the rubric name (all the rules and the analysis can observe).
   */
  readonly states: readonly GameState[];
  /** Initial states: more than one when the start beat rolls a chance. */
  readonly roots: readonly number[];
  readonly edgeStart: readonly number[];
  readonly edgeTarget: readonly number[];
  /** Index into `choiceIds`, or -1 for a Continue. */
  readonly edgeChoice: readonly number[];
  /** The chance outcomes an edge depends on ('' when none). */
  readonly edgeRolls: readonly string[];
  readonly choiceIds: readonly string[];
  /** Unfinished states in which nothing can be done. */
  readonly deadEnds: readonly number[];
  readonly refusals: readonly Refusal[];
  /** Beats some explored step entered (including beats passed through on a trigger's goto). */
  readonly enteredBeats: ReadonlySet<string>;
  /** False when the state cap stopped the exploration. */
  readonly complete: boolean;
  /** How many states were expanded (all of them when complete). */
  readonly expanded: number;
}

export const DEFAULT_MAX_STATES = 1_000_000;

/**
 * Explores every state the player can reach by choosing and continuing, memoised on the compact
 * state key. Facilitator moves (jumps, optional injects, undo) are outside the player's space and
 * are not explored; `clock.expire` takes the default choice, which is explored as a choice.
 */
export function explore(scenario: Scenario, options: { maxStates?: number } = {}): StateGraph {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const stepper = createChanceStepper(scenario);
  const { rules } = stepper;
  const keyOf = createStateKey(scenario);
  const refs = referencesOf(scenario);
  const enteredBeats = new Set<string>();
  /** Notes the beats a reached state has entered: before `project` forgets the unreferenced ones. */
  const noteEntered = (state: GameState): void => {
    for (const beat in state.visits) enteredBeats.add(beat);
  };
  /**
   * What is kept of a new state: the rules and the analysis read `chosen` and `visits` only for
   * the choices and beats that conditions and the rubric name, so the rest of that history is
   * dropped. Kept whole, it grows with every decision, and a deep scenario's states would cost
   * time and memory in proportion to their depth: copied at every step, held for every state.
   */
  const keptVisits = [...refs.visits];
  const project = (state: GameState): GameState => {
    let chosen = state.chosen;
    if (chosen.some((id) => !refs.choices.has(id))) chosen = chosen.filter((id) => refs.choices.has(id));
    let visits = state.visits;
    for (const beat in visits) {
      if (refs.visits.has(beat)) continue;
      const kept: Record<string, number> = {};
      for (const id of keptVisits) if (state.visits[id] !== undefined) kept[id] = state.visits[id];
      visits = kept;
      break;
    }
    return chosen === state.chosen && visits === state.visits ? state : { ...state, chosen, visits };
  };
  const choiceIds = scenario.beats.flatMap((beat) => beat.decision?.choices.map((choice) => choice.id) ?? []);
  const choiceIndex = new Map(choiceIds.map((id, index) => [id, index]));
  const ids = new Map<string, number>();
  const states: GameState[] = [];
  const edgeStart: number[] = [];
  const edgeTarget: number[] = [];
  const edgeChoice: number[] = [];
  const edgeRolls: string[] = [];
  const deadEnds: number[] = [];
  const refusals: Refusal[] = [];
  let complete = true;

  /** The id of a state, adding it when new; -1 when the cap is reached. */
  const intern = (state: GameState): number => {
    const key = keyOf(state);
    const known = ids.get(key);
    if (known !== undefined) return known;
    if (states.length >= maxStates) return -1;
    ids.set(key, states.length);
    states.push(project(state));
    return states.length - 1;
  };

  const roots: number[] = [];
  for (const branch of stepper.initial(0)) {
    noteEntered(branch.result.state);
    const id = intern(branch.result.state);
    if (id >= 0 && !roots.includes(id)) roots.push(id);
  }

  let index = 0;
  explore: for (; index < states.length; index++) {
    edgeStart.push(edgeTarget.length);
    const state = states[index]!;
    if (state.ending !== null) continue;
    const beat = rules.beat(state.beat);
    const moves: { event: EngineEvent; choice: number }[] = beat.decision
      ? rules.available(state).map((choice) => ({ event: { type: 'player.choose', choice: choice.id }, choice: choiceIndex.get(choice.id) ?? -1 }))
      : beat.next !== undefined
        ? [{ event: { type: 'player.continue' }, choice: -1 }]
        : [];
    const before = edgeTarget.length;
    for (const move of moves) {
      const branches: Branch[] = stepper.step(state, move.event);
      for (const { result, rolls } of branches) {
        if (!result.accepted) {
          refusals.push({ state: index, event: move.choice >= 0 ? choiceIds[move.choice]! : 'continue', reason: result.reason ?? '' });
          continue;
        }
        noteEntered(result.state);
        const target = intern(result.state);
        if (target < 0) {
          complete = false;
          edgeTarget.length = before;
          edgeChoice.length = before;
          edgeRolls.length = before;
          edgeStart.pop();
          break explore;
        }
        edgeTarget.push(target);
        edgeChoice.push(move.choice);
        edgeRolls.push(rolls);
      }
    }
    if (edgeTarget.length === before) deadEnds.push(index);
  }
  // States past the cap's frontier were never expanded: they have no edges.
  while (edgeStart.length <= states.length) edgeStart.push(edgeTarget.length);
  return { scenario, states, roots, edgeStart, edgeTarget, edgeChoice, edgeRolls, choiceIds, deadEnds, refusals, enteredBeats, complete, expanded: index };
}
