import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { figureContradicted } from '../../src/engine/claims';
import { figureWords } from '../../src/debrief/figure-words';
import { createScenarioMachine } from '../../src/engine/machine';
import { packedRules } from '../../src/engine/packed';
import { compileRules } from '../../src/engine/rules';
import type { EngineEvent, GameState, Notice } from '../../src/engine/types';
import { loadFixture } from './load-fixture';

const choose = (choice: string): EngineEvent => ({ type: 'player.choose', choice });

/** Plays the choices with the pure `step`, with every step's notices. */
function playStep(choices: readonly string[]): { state: GameState; notices: Notice[] } {
  const rules = compileRules(loadFixture('claim-bounds'));
  let state = rules.initial(1).state;
  const notices: Notice[] = [];
  for (const choice of choices) {
    const result = rules.step(state, choose(choice));
    expect(result.reason).toBeUndefined();
    state = result.state;
    notices.push(...result.notices);
  }
  return { state, notices };
}

/** Plays the choices with the xstate machine. */
function playMachine(choices: readonly string[]): GameState {
  const actor = createActor(createScenarioMachine(loadFixture('claim-bounds')), { input: { seed: 1 } }).start();
  for (const choice of choices) actor.send(choose(choice));
  return actor.getSnapshot().context.game;
}

/** Plays the choices on packed states and unpacks the result. */
function playPacked(choices: readonly string[]): GameState {
  const packed = packedRules(loadFixture('claim-bounds'));
  const store = packed.store();
  packed.initial(store, 1);
  for (const choice of choices) packed.apply(store, choose(choice));
  return packed.unpack(store.s);
}

/** The meters after the choices, the same on all three drivers. */
function meters(choices: readonly string[]): Readonly<Record<string, number>> {
  const { state } = playStep(choices);
  expect(playMachine(choices)).toEqual(state);
  expect(playPacked(choices).meters).toEqual(state.meters);
  expect(playPacked(choices).claims.filter((claim) => claim.contradictedBy).length).toBe(state.claims.filter((claim) => claim.contradictedBy).length);
  return state.meters;
}

describe('figureContradicted', () => {
  it('never widens a bound by the tolerance, and keeps it for a point figure', () => {
    expect(figureContradicted({ value: 4500, atLeast: 4500 }, 1_000_000, 0.1)).toBe(false);
    expect(figureContradicted({ value: 4500, atLeast: 4500 }, 4499, 0.1)).toBe(true);
    expect(figureContradicted({ value: 400_000, upTo: 400_000 }, 400_001, 0.5)).toBe(true);
    expect(figureContradicted({ value: 4000, atLeast: 4000, upTo: 10_000 }, 10_000, 0)).toBe(false);
    expect(figureContradicted({ value: 4500 }, 4950, 0.1)).toBe(false);
    expect(figureContradicted({ value: 4500 }, 4951, 0.1)).toBe(true);
  });

  it('puts a bound in words', () => {
    const format = (n: number): string => n.toLocaleString('en-US');
    expect(figureWords({ value: 4500, atLeast: 4500 }, format)).toBe('at least 4,500');
    expect(figureWords({ value: 400_000, upTo: 400_000 }, format)).toBe('up to 400,000');
    expect(figureWords({ value: 4000, atLeast: 4000, upTo: 10_000 }, format)).toBe('4,000 to 10,000');
    expect(figureWords({ value: 4500 }, format)).toBe('4,500');
  });
});

describe('step, machine and packed rules: bound and regulator claims', () => {
  it('does not contradict an at_least claim with a higher figure, and does with a lower one', () => {
    expect(meters(['say_at_least', 'hold'])).toEqual({ trust: 50, regulator: 50 });
    expect(meters(['say_at_least', 'tighten'])).toEqual({ trust: 40, regulator: 50 });
  });

  it('contradicts a range only outside it, and an up_to claim above it', () => {
    expect(meters(['say_range', 'hold'])).toEqual({ trust: 50, regulator: 50 });
    expect(meters(['say_range', 'tighten'])).toEqual({ trust: 45, regulator: 50 }); // preliminary: -10 * 0.5
    expect(meters(['say_up_to', 'hold'])).toEqual({ trust: 40, regulator: 50 });
  });

  it('charges a contradicted regulator filing only the regulator penalty', () => {
    expect(meters(['file_regulator', 'hold'])).toEqual({ trust: 50, regulator: 30 });
  });

  it("applies a fact's own tolerance instead of the scenario's", () => {
    // 100,500 is within the scenario's 10 % of 100,000, but the fact's tolerance is 0.
    expect(meters(['say_records', 'hold'])).toEqual({ trust: 47, regulator: 50 }); // estimate: -2.5 -> -3
  });

  it('charges each claim once, whatever the later revisions', () => {
    expect(meters(['say_point', 'tighten'])).toEqual({ trust: 40, regulator: 50 });
    const { state } = playStep(['say_point', 'tighten']);
    expect(state.claims).toEqual([
      { fact: 'accounts', value: 4500, confidence: 'confirmed', choice: 'say_point', beat: 'statement', time: 0, contradictedBy: { value: 8000, time: 24 } },
    ]);
  });

  it('books the charge to the revision and names the claim in the contradiction', () => {
    const entered = playStep(['say_point']).notices;
    expect(entered).toContainEqual({ kind: 'contradiction', fact: 'accounts', claimed: 4500, revised: 8000, confidence: 'confirmed', choice: 'say_point', cause: 'beat:scoping' });
    expect(entered).toContainEqual({ kind: 'meter', meter: 'trust', from: 50, to: 40, cause: 'beat:scoping' });
    const tightened = playStep(['say_at_least', 'tighten']).notices;
    expect(tightened).toContainEqual({ kind: 'contradiction', fact: 'accounts', claimed: 4500, atLeast: 4500, revised: 3000, confidence: 'confirmed', choice: 'say_at_least', cause: 'choice:tighten' });
    expect(tightened).toContainEqual({ kind: 'meter', meter: 'trust', from: 50, to: 40, cause: 'choice:tighten' });
    const filed = playStep(['file_regulator']).notices;
    expect(filed).toContainEqual({ kind: 'claim', fact: 'accounts', value: 4500, confidence: 'confirmed', choice: 'file_regulator', audience: 'regulator' });
    expect(filed).toContainEqual({ kind: 'meter', meter: 'regulator', from: 50, to: 30, cause: 'beat:scoping' });
  });

  it('records a bound and an audience with the claim, and only then', () => {
    expect(playStep(['say_range']).state.claims[0]).toEqual({ fact: 'accounts', value: 4000, atLeast: 4000, upTo: 10_000, confidence: 'preliminary', choice: 'say_range', beat: 'statement', time: 0 });
    expect(playStep(['file_regulator']).state.claims[0]?.audience).toBe('regulator');
    expect(playStep(['say_point']).state.claims[0]).not.toHaveProperty('audience');
  });
});

describe('packed layout: claims', () => {
  it('keeps in the key only the claim kinds some written revision contradicts', () => {
    const packed = packedRules(loadFixture('claim-bounds'));
    const { claimKinds } = packed.compiled;
    const keyed = claimKinds.map((_kind, index) => packed.layout.claimsOpen[index]!.slot < packed.layout.keyWidth);
    const safe = claimKinds.findIndex((kind) => kind.atLeast === 1000);
    const low = claimKinds.findIndex((kind) => kind.atLeast === 4500);
    expect(keyed[safe]).toBe(false);
    expect(keyed[low]).toBe(true);
    expect(keyed.filter(Boolean).length).toBe(claimKinds.length - 1);
  });
});
