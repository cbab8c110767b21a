import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../src/analysis/generate';
import { compileRules } from '../../src/engine/rules';
import { JUMP_REFUSED, packedRules } from '../../src/engine/packed';
import type { Scenario } from '../../src/scenario/types';
import { loadFixture } from './load-fixture';
import { randomPlayer } from './random-events';
import { engineFixtures, shippedScenarios } from './scenarios';

const PLAYTHROUGHS = 300;
const MAX_STEPS = 60;

const scenarios: [string, () => Scenario][] = [
  ...[...shippedScenarios(), ...engineFixtures()].map(({ file, scenario }) => [file, scenario] as [string, () => Scenario]),
  ['generated, 20 decisions', () => generateScenario({ decisions: 20 })],
];

describe('packed rules', () => {
  it.each(scenarios)(
    `step the same states as the GameState rules at every step of ${PLAYTHROUGHS} seeded random playthroughs of %s`,
    (_file, load) => {
      const rules = compileRules(load(), { notices: false });
      const packed = packedRules(rules.scenario);
      const store = packed.store();
      for (let seed = 1; seed <= PLAYTHROUGHS; seed++) {
        let state = rules.initial(seed).state;
        packed.initial(store, seed);
        // Every slot, history included: the packed state is the GameState packed, exactly.
        expect(Array.from(store.s)).toEqual(Array.from(packed.pack(state)));
        // No facilitator's jumps: the packed rules refuse them (see the test below).
        const next = randomPlayer(rules, seed, { jumps: false });
        for (let step = 0; step < MAX_STEPS && state.ending === null; step++) {
          const event = next(state);
          const result = rules.step(state, event);
          const reason = packed.refusal(store, event);
          expect(reason === null, `${JSON.stringify(event)} at ${state.beat}`).toBe(result.accepted);
          if (reason === null) packed.apply(store, event);
          state = result.state;
          expect(Array.from(store.s)).toEqual(Array.from(packed.pack(state)));
        }
      }
    },
    // breach_33m's twenty decisions take several seconds on a loaded two-core machine.
    60_000,
  );

  it("refuses a facilitator's jump, which could enter a beat past its count's bound", () => {
    const rules = compileRules(loadFixture('claims'));
    const packed = packedRules(rules.scenario);
    const store = packed.store();
    packed.initial(store, 1);
    expect(packed.refusal(store, { type: 'facilitator.jump', beat: rules.scenario.start })).toBe(JUMP_REFUSED);
  });

  it('unpacks what the rules observe', () => {
    const rules = compileRules(loadFixture('claims'));
    const packed = packedRules(rules.scenario);
    let state = rules.initial(1).state;
    state = rules.step(state, { type: 'player.choose', choice: 'say_preliminary' }).state;
    const unpacked = packed.unpack(packed.pack(state));
    expect(unpacked.meters).toEqual(state.meters);
    expect(unpacked.flags).toEqual(state.flags);
    expect(unpacked.facts).toEqual(state.facts);
    expect(unpacked.deadlines).toEqual(state.deadlines);
    expect(unpacked.rng).toEqual(state.rng);
    expect(unpacked.claims.map((claim) => [claim.fact, claim.value, claim.confidence, claim.contradictedBy !== undefined])).toEqual(
      state.claims.map((claim) => [claim.fact, claim.value, claim.confidence, claim.contradictedBy !== undefined]),
    );
    expect(packed.pack(unpacked)).toEqual(packed.pack(state));
  });
});
