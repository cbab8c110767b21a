import type { Beat, Choice, Scenario } from '../scenario/types';
import { type Compiled, compile } from './compiled';
import { applyIn, refusalIn } from './events';
import { enterBeat } from './moves';
import { ObjectDraft } from './object-store';
import { ENDED, refused, type Refusal } from './refusal';
import { seedRng } from './rng';
import type { EngineEvent, GameState, StepResult } from './types';

/** The pure rules of one scenario. */
export interface Rules {
  readonly scenario: Scenario;
  /** The state at hour 0: meters, flags and facts at their starts, the start beat entered. */
  initial(seed: number): StepResult;
  /** Applies one event. A refused event leaves the state as it was (the same object). */
  step(state: GameState, event: EngineEvent): StepResult;
  /** The choices offered in this state (none once finished or on a beat without a decision). */
  available(state: GameState): readonly Choice[];
  /** Why an event would be refused here, or null when it would be accepted. */
  refusal(state: GameState, event: EngineEvent): Refusal | null;
  /** The beat with this id; throws for an unknown id (a programmer error). */
  beat(id: string): Beat;
  isFinished(state: GameState): boolean;
}

/** The GameState before the start beat is entered. */
export function blankState(scenario: Scenario, seed: number): GameState {
  return {
    beat: scenario.start,
    ending: null,
    time: 0,
    meters: Object.fromEntries(scenario.meters.map((meter) => [meter.id, meter.start])),
    flags: Object.fromEntries(scenario.flags.map((flag) => [flag.id, flag.start])),
    facts: Object.fromEntries(scenario.facts.map((fact) => [fact.id, fact.start])),
    visits: {},
    chosen: [],
    deadlines: Object.fromEntries(scenario.deadlines.map((deadline) => [deadline.id, { status: 'idle' as const }])),
    fired: [],
    claims: [],
    rng: seedRng(seed),
  };
}

/** Why `event` cannot be taken in `state`, or null. Shared by `step` and the machine's guards. */
export function refusalOf(compiled: Compiled, state: GameState, event: EngineEvent): Refusal | null {
  if (state.ending !== null) return ENDED;
  if (!compiled.beats.has(state.beat)) return refused('unknownBeat', `unknown beat '${state.beat}'`, { beat: state.beat });
  return refusalIn(compiled, new ObjectDraft(compiled, state, false), event);
}

const NO_NOTICES: readonly never[] = [];

/**
 * Compiles a checked scenario into its pure rules. `notices: false` skips collecting notices,
 * for callers that read only the states.
 */
export function compileRules(scenario: Scenario, options: { notices?: boolean } = {}): Rules {
  const compiled = compile(scenario);
  const wantNotices = options.notices ?? true;
  return {
    scenario,
    initial(seed) {
      const draft = new ObjectDraft(compiled, blankState(scenario, seed), wantNotices);
      enterBeat(compiled, draft, compiled.beatIndex.get(scenario.start) ?? -1);
      return { state: draft.state(), accepted: true, notices: draft.notices ?? NO_NOTICES };
    },
    step(state, event) {
      const refusal = refusalOf(compiled, state, event);
      if (refusal !== null) return { state, accepted: false, reason: refusal.text, refusal, notices: NO_NOTICES };
      const draft = new ObjectDraft(compiled, state, wantNotices);
      applyIn(compiled, draft, event);
      return { state: draft.state(), accepted: true, notices: draft.notices ?? NO_NOTICES };
    },
    available(state) {
      if (state.ending !== null) return NO_NOTICES;
      const beat = compiled.beats.get(state.beat);
      if (!beat?.decision) return NO_NOTICES;
      const draft = new ObjectDraft(compiled, state, false);
      return beat.decision.choices.filter((choice) => compiled.tests.choice[compiled.choiceIndex.get(choice.id)!]!(draft));
    },
    refusal: (state, event) => refusalOf(compiled, state, event),
    beat(id) {
      const beat = compiled.beats.get(id);
      if (!beat) throw new Error(`unknown beat '${id}' in scenario '${scenario.meta.id}'`);
      return beat;
    },
    isFinished: (state) => state.ending !== null,
  };
}
