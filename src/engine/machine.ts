/**
 * The scenario as an xstate v5 machine: one state per beat, a final state per ending. Guards
 * and actions call the same pure moves as `step`, and a test plays thousands of seeded games
 * through both to prove they agree. Real time stays out: the UI sends `clock.expire`.
 */
import { assign, setup } from 'xstate';
import { END, RETURN, type Scenario } from '../scenario/types';
import { compile } from './compiled';
import { memoByScenario } from './memo-by-scenario';
import { settle } from './clocks';
import { ObjectDraft } from './object-store';
import type { Compiled } from './compiled';
import { applyChoiceOutcome, enterBeat, pushOptionalInject, recordDecision, resolveEnding, returnFromDetour } from './moves';
import { refusalOf, compileRules } from './rules';
import type { EngineEvent, GameState, Notice } from './types';

/** The machine's context: the game state and the notices of the last event. */
export interface MachineContext {
  readonly game: GameState;
  readonly notices: readonly Notice[];
}

type ActionName = 'clearNotices' | 'recordDecision' | 'applyChoice' | 'settleClocks' | 'enterBeat' | 'resolveEnding' | 'pushOptionalInject' | 'returnFromDetour';
type GuardName = 'isChoiceAvailable' | 'isDefaultAvailable' | 'isOptionalInject' | 'isJumpTarget' | 'isAtBeat' | 'isEndingReached';
interface ActionRef { readonly type: ActionName; readonly params?: Readonly<Record<string, string | boolean>> }
interface TransitionSpec {
  readonly target?: string;
  readonly guard?: { readonly type: GuardName; readonly params?: Readonly<Record<string, string>> } | GuardName;
  readonly actions?: readonly ActionRef[];
}
interface StateSpec {
  readonly id?: string;
  readonly type?: 'final';
  readonly always?: readonly TransitionSpec[];
  readonly on?: Readonly<Record<string, readonly TransitionSpec[]>>;
}

const beatKey = (id: string): string => `beat-${id}`;
const endingKey = (id: string): string => `ending-${id}`;
/**
 * Where a choice or Continue leads, as a transition target and the action that gets there. A
 * detour's return has no target: the detour state's `always` follows the game back to its beat.
 */
function leadTo(next: string): Pick<TransitionSpec, 'target'> & { readonly move: ActionRef } {
  if (next === END) return { target: '#resolving', move: { type: 'resolveEnding' } };
  if (next === RETURN) return { move: { type: 'returnFromDetour' } };
  return { target: `#${beatKey(next)}`, move: { type: 'enterBeat', params: { beat: next } } };
}

/** Runs one pure move on a draft of the context's game state. */
function withDraft(compiled: Compiled, context: MachineContext, move: (draft: ObjectDraft) => void): MachineContext {
  const draft = new ObjectDraft(compiled, context.game, true);
  move(draft);
  return { game: draft.state(), notices: [...context.notices, ...(draft.notices ?? [])] };
}

function beatStates(scenario: Scenario): Record<string, StateSpec> {
  const gotoTargets = [...new Set(scenario.triggers.flatMap((trigger) => (trigger.goto === undefined ? [] : [trigger.goto])))];
  const states: Record<string, StateSpec> = {};
  for (const beat of scenario.beats) {
    const on: Record<string, TransitionSpec[]> = {};
    const decision = beat.decision;
    if (decision) {
      on['player.choose'] = decision.choices.map((choice) => {
        const { target, move } = leadTo(choice.next);
        return {
          ...(target !== undefined && { target }),
          guard: { type: 'isChoiceAvailable', params: { choice: choice.id } },
          actions: [
            { type: 'clearNotices' },
            { type: 'recordDecision', params: { choice: choice.id, expired: false } },
            { type: 'applyChoice', params: { choice: choice.id } },
            { type: 'settleClocks' },
            move,
          ],
        };
      });
      const fallback = decision.choices.find((choice) => choice.id === decision.defaultChoice);
      if (fallback) {
        const { target, move } = leadTo(fallback.next);
        on['clock.expire'] = [{
          ...(target !== undefined && { target }),
          guard: 'isDefaultAvailable',
          actions: [
            { type: 'clearNotices' },
            { type: 'recordDecision', params: { choice: fallback.id, expired: true } },
            { type: 'applyChoice', params: { choice: fallback.id } },
            { type: 'settleClocks' },
            move,
          ],
        }];
      }
    } else if (beat.next !== undefined) {
      const { target, move } = leadTo(beat.next);
      on['player.continue'] = [{ target, actions: [{ type: 'clearNotices' }, move] }];
    }
    // A trigger's goto may have entered another beat than the transition's target: follow it.
    // From a detour, play returns to whichever beat the push interrupted: follow the game there.
    const follow = beat.detour ? scenario.beats.map((other) => other.id) : gotoTargets;
    states[beatKey(beat.id)] = {
      id: beatKey(beat.id),
      always: follow
        .filter((target) => target !== beat.id)
        .map((target) => ({ target: `#${beatKey(target)}`, guard: { type: 'isAtBeat', params: { beat: target } } })),
      on,
    };
  }
  return states;
}

/** Builds the xstate machine of a checked scenario. Its input is `{ seed }`. */
function buildScenarioMachine(scenario: Scenario) {
  const compiled = compile(scenario);
  const rules = compileRules(scenario);
  const choiceOf = (id: string): number => compiled.choiceIndex.get(id)!;
  const beatOf = (id: string): number => compiled.beatIndex.get(id)!;

  const endings: Record<string, StateSpec> = {};
  for (const ending of scenario.endings) endings[endingKey(ending.id)] = { id: endingKey(ending.id), type: 'final' };
  const push: ActionRef[] = [{ type: 'clearNotices' }, { type: 'pushOptionalInject' }];
  const playingOn: Record<string, readonly TransitionSpec[]> = {
    'facilitator.inject': [
      // An inject that opens a detour goes to the detour's state (the push enters its beat).
      ...scenario.optionalInjects.flatMap((inject) =>
        inject.opens === undefined ? [] : [{ target: `#${beatKey(inject.opens)}`, guard: { type: 'isOptionalInject' as const, params: { inject: inject.id } }, actions: push }],
      ),
      { guard: 'isOptionalInject', actions: push },
    ],
    'facilitator.jump': scenario.beats.filter((beat) => !beat.detour).map((beat) => ({
      target: `#${beatKey(beat.id)}`,
      guard: { type: 'isJumpTarget', params: { beat: beat.id } },
      actions: [{ type: 'clearNotices' }, { type: 'enterBeat', params: { beat: beat.id } }],
    })),
  };

  const states: Record<string, unknown> = {
    playing: { initial: beatKey(scenario.start), states: beatStates(scenario), on: playingOn },
    resolving: {
      id: 'resolving',
      always: scenario.endings.map((ending) => ({
        target: `#${endingKey(ending.id)}`,
        guard: { type: 'isEndingReached', params: { ending: ending.id } },
      })),
    },
    ...endings,
  };

  return setup({
    types: {
      context: {} as MachineContext,
      events: {} as EngineEvent,
      input: {} as { readonly seed: number },
    },
    guards: {
      isChoiceAvailable: ({ context, event }, params: { choice: string }) =>
        event.type === 'player.choose' && event.choice === params.choice && refusalOf(compiled, context.game, event) === null,
      isDefaultAvailable: ({ context, event }) => refusalOf(compiled, context.game, event) === null,
      isOptionalInject: ({ context, event }, params?: { inject: string }) =>
        event.type === 'facilitator.inject' && (params === undefined || event.inject === params.inject) && refusalOf(compiled, context.game, event) === null,
      isJumpTarget: ({ event }, params: { beat: string }) => event.type === 'facilitator.jump' && event.beat === params.beat,
      isAtBeat: ({ context }, params: { beat: string }) => context.game.beat === params.beat,
      isEndingReached: ({ context }, params: { ending: string }) => context.game.ending === params.ending,
    },
    actions: {
      clearNotices: assign({ notices: () => [] }),
      recordDecision: assign(({ context }, params: { choice: string; expired: boolean }) =>
        withDraft(compiled, context, (draft) => recordDecision(compiled, draft, choiceOf(params.choice), params.expired))),
      applyChoice: assign(({ context }, params: { choice: string }) =>
        withDraft(compiled, context, (draft) => applyChoiceOutcome(compiled, draft, choiceOf(params.choice)))),
      settleClocks: assign(({ context }) => withDraft(compiled, context, (draft) => void settle(compiled, draft, false))),
      enterBeat: assign(({ context }, params: { beat: string }) =>
        withDraft(compiled, context, (draft) => enterBeat(compiled, draft, beatOf(params.beat)))),
      resolveEnding: assign(({ context }) => withDraft(compiled, context, (draft) => resolveEnding(compiled, draft))),
      pushOptionalInject: assign(({ context, event }) =>
        withDraft(compiled, context, (draft) => {
          if (event.type === 'facilitator.inject') pushOptionalInject(compiled, draft, event.inject);
        })),
      returnFromDetour: assign(({ context }) => withDraft(compiled, context, (draft) => returnFromDetour(compiled, draft))),
    },
  }).createMachine({
    id: scenario.meta.id,
    context: ({ input }) => {
      const start = rules.initial(input.seed);
      return { game: start.state, notices: start.notices };
    },
    initial: 'playing',
    states: states as never,
  });
}

/** The machine type, for sessions and the inspector. */
export type ScenarioMachine = ReturnType<typeof buildScenarioMachine>;

/**
 * The xstate machine of a checked scenario (built once per scenario object). Its input is `{ seed }`.
 * A machine is a definition: every run's state lives in its actor's context, so one machine per
 * scenario serves every session. The debrief replays a log once per option it shows, and the
 * live server opens a session per team: building the machine each time cost most of that.
 */
export const createScenarioMachine: (scenario: Scenario) => ScenarioMachine = memoByScenario(buildScenarioMachine);
