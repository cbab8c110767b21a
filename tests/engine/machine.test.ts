import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../src/engine/machine';
import { compileRules } from '../../src/engine/rules';
import type { GameState } from '../../src/engine/types';
import { loadFixture } from './load-fixture';
import { randomPlayer } from './random-events';
import { engineFixtures, shippedScenarios } from './scenarios';

const PLAYTHROUGHS = 1000;
const MAX_STEPS = 60;

/** The state node the actor should be in for a game state. */
function expectedValue(state: GameState): unknown {
  return state.ending === null ? { playing: `beat-${state.beat}` } : `ending-${state.ending}`;
}

const scenarios = [...shippedScenarios(), ...engineFixtures()];

describe('createScenarioMachine', () => {
  it('has a state per beat and a final state per ending', () => {
    const scenario = loadFixture('flow');
    const machine = createScenarioMachine(scenario);
    expect(Object.keys(machine.root.states.playing!.states)).toEqual(['beat-intro', 'beat-choose']);
    expect(machine.root.states['ending-good_end']?.type).toBe('final');
    const actor = createActor(machine, { input: { seed: 1 } }).start();
    actor.send({ type: 'player.continue' });
    actor.send({ type: 'player.choose', choice: 'secret' });
    expect(actor.getSnapshot().value).toEqual({ playing: 'beat-choose' });
    actor.send({ type: 'clock.expire' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().value).toBe('ending-bad_end');
  });

  it('follows a trigger goto and a facilitator jump to the beat the rules entered', () => {
    const actor = createActor(createScenarioMachine(loadFixture('triggers')), { input: { seed: 3 } }).start();
    actor.send({ type: 'player.choose', choice: 'stonewall' });
    expect(actor.getSnapshot().value).toEqual({ playing: 'beat-summons' });
    expect(actor.getSnapshot().context.game.flags.boycott).toBe(true);
    actor.send({ type: 'facilitator.jump', beat: 'first' });
    expect(actor.getSnapshot().value).toEqual({ playing: 'beat-first' });
    expect(actor.getSnapshot().context.game.visits).toMatchObject({ first: 2, second: 1, summons: 1 });
  });

  it('names its guards as questions and its actions as verbs', () => {
    const machine = createScenarioMachine(loadFixture('claims'));
    expect(Object.keys(machine.implementations.guards).sort()).toEqual(['isAtBeat', 'isChoiceAvailable', 'isDefaultAvailable', 'isEndingReached', 'isJumpTarget', 'isOptionalInject']);
    expect(Object.keys(machine.implementations.actions).sort()).toEqual(['applyChoice', 'clearNotices', 'enterBeat', 'pushOptionalInject', 'recordDecision', 'resolveEnding', 'returnFromDetour', 'settleClocks']);
    const actor = createActor(machine, { input: { seed: 1 } }).start();
    actor.send({ type: 'player.choose', choice: 'say_preliminary' });
    expect(actor.getSnapshot().context.notices.map((notice) => notice.kind)).toEqual(['decision', 'claim', 'enter', 'fact', 'contradiction', 'meter', 'meter']);
    actor.send({ type: 'player.choose', choice: 'revise_again' });
    expect(actor.getSnapshot().value).toBe('ending-done');
  });

  it.each(scenarios.map(({ file, scenario }) => [file, scenario] as const))(
    `agrees with step at every step of ${PLAYTHROUGHS} seeded random playthroughs of %s`,
    (_file, load) => {
      const scenario = load();
      const rules = compileRules(scenario);
      const machine = createScenarioMachine(scenario);
      let steps = 0;
      for (let seed = 0; seed < PLAYTHROUGHS; seed++) {
        const actor = createActor(machine, { input: { seed } }).start();
        const start = rules.initial(seed);
        let state = start.state;
        expect(actor.getSnapshot().context.game).toEqual(state);
        const next = randomPlayer(rules, seed);
        for (let count = 0; count < MAX_STEPS && state.ending === null; count++, steps++) {
          const event = next(state);
          const result = rules.step(state, event);
          const before = actor.getSnapshot();
          actor.send(event);
          const after = actor.getSnapshot();
          if (!result.accepted) {
            expect(after.context, `${event.type} refused by step at ${state.beat}`).toBe(before.context);
            continue;
          }
          expect(after.context.game).toEqual(result.state);
          expect(after.context.notices).toEqual(result.notices);
          expect(after.value).toEqual(expectedValue(result.state));
          state = result.state;
        }
        actor.stop();
      }
      expect(steps).toBeGreaterThan(PLAYTHROUGHS);
    },
    120_000,
  );
});
