import { expect } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../src/engine/machine';
import { packedRules } from '../../src/engine/packed';
import { compileRules } from '../../src/engine/rules';
import type { EngineEvent, GameState, Notice } from '../../src/engine/types';
import { loadFixture } from './load-fixture';

/**
 * Plays `events` on an engine fixture with the pure `step`, and checks at every step that the
 * packed rules hold exactly the state packed and that the xstate machine holds the same state.
 * Returns the final state and every notice of the run.
 */
export function playBoth(name: string, events: readonly EngineEvent[], seed = 1): { state: GameState; notices: Notice[] } {
  const rules = compileRules(loadFixture(name));
  const packed = packedRules(rules.scenario);
  const store = packed.store();
  const actor = createActor(createScenarioMachine(rules.scenario), { input: { seed } }).start();
  const first = rules.initial(seed);
  let state = first.state;
  const notices: Notice[] = [...first.notices];
  packed.initial(store, seed);
  for (const event of events) {
    const result = rules.step(state, event);
    expect(result.reason, JSON.stringify(event)).toBeUndefined();
    expect(packed.refusal(store, event)).toBeNull();
    packed.apply(store, event);
    actor.send(event);
    state = result.state;
    notices.push(...result.notices);
    expect(Array.from(store.s)).toEqual(Array.from(packed.pack(state)));
    expect(actor.getSnapshot().context.game).toEqual(state);
  }
  return { state, notices };
}
