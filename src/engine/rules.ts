import type { Beat, Choice, Scenario } from '../scenario/types';
import { type Compiled, compile } from './compiled';
import { holds } from './conditions';
import { draftOf, stateOf } from './draft';
import { applyChoice, enterBeat, moveTo, pushOptionalInject } from './moves';
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
  refusal(state: GameState, event: EngineEvent): string | null;
  /** The beat with this id; throws for an unknown id (a programmer error). */
  beat(id: string): Beat;
  isFinished(state: GameState): boolean;
}

/** The GameState before the start beat is entered. */
function blankState(scenario: Scenario, seed: number): GameState {
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
export function refusalOf(compiled: Compiled, state: GameState, event: EngineEvent): string | null {
  if (state.ending !== null) return 'the exercise has ended';
  const beat = compiled.beats.get(state.beat);
  if (!beat) return `unknown beat '${state.beat}'`;
  switch (event.type) {
    case 'player.choose': {
      if (!beat.decision) return `beat '${beat.id}' has no decision; continue instead`;
      const found = compiled.choices.get(event.choice);
      if (!found || found.beat !== beat) return `'${event.choice}' is not a choice at beat '${beat.id}'`;
      if (!holds(found.choice.condition, state)) return `'${event.choice}' is not available now (${found.choice.condition?.source ?? ''})`;
      return null;
    }
    case 'clock.expire': {
      const fallback = beat.decision?.defaultChoice;
      if (fallback === undefined) return `beat '${beat.id}' has no default choice`;
      const found = compiled.choices.get(fallback);
      if (!found || !holds(found.choice.condition, state)) return `the default choice '${fallback}' is not available now`;
      return null;
    }
    case 'player.continue':
      if (beat.decision || beat.next === undefined) return `beat '${beat.id}' waits for a decision`;
      return null;
    case 'facilitator.inject':
      return compiled.optionalInjects.has(event.inject) ? null : `'${event.inject}' is not an optional inject`;
    case 'facilitator.jump':
      return compiled.beats.has(event.beat) ? null : `'${event.beat}' is not a beat`;
  }
}

/** Applies an accepted event to a draft of `state`. */
function apply(compiled: Compiled, state: GameState, event: EngineEvent, wantNotices: boolean): StepResult {
  const draft = draftOf(state, wantNotices);
  switch (event.type) {
    case 'player.choose':
    case 'clock.expire': {
      const beat = compiled.beats.get(state.beat)!;
      const id = event.type === 'player.choose' ? event.choice : beat.decision!.defaultChoice!;
      const choice = compiled.choices.get(id)!.choice;
      applyChoice(compiled, draft, choice, event.type === 'clock.expire');
      moveTo(compiled, draft, choice.next);
      break;
    }
    case 'player.continue':
      moveTo(compiled, draft, compiled.beats.get(state.beat)!.next!);
      break;
    case 'facilitator.inject':
      pushOptionalInject(compiled, draft, event.inject);
      break;
    case 'facilitator.jump':
      enterBeat(compiled, draft, event.beat);
      break;
  }
  return { state: stateOf(draft), accepted: true, notices: draft.notices ?? NO_NOTICES };
}

const NO_NOTICES: readonly never[] = [];

/**
 * Compiles a checked scenario into its pure rules. `notices: false` skips collecting notices,
 * for analysis that explores many states and reads only the states.
 */
export function compileRules(scenario: Scenario, options: { notices?: boolean } = {}): Rules {
  const compiled = compile(scenario);
  const wantNotices = options.notices ?? true;
  return {
    scenario,
    initial(seed) {
      const draft = draftOf(blankState(scenario, seed), wantNotices);
      enterBeat(compiled, draft, scenario.start);
      return { state: stateOf(draft), accepted: true, notices: draft.notices ?? NO_NOTICES };
    },
    step(state, event) {
      const reason = refusalOf(compiled, state, event);
      if (reason !== null) return { state, accepted: false, reason, notices: NO_NOTICES };
      return apply(compiled, state, event, wantNotices);
    },
    available(state) {
      if (state.ending !== null) return NO_NOTICES;
      const choices = compiled.beats.get(state.beat)?.decision?.choices ?? NO_NOTICES;
      return choices.filter((choice) => holds(choice.condition, state));
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
