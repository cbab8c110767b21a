import { describe, expect, it } from 'vitest';
import { applyOutcome } from '../../src/engine/pure';
import { compileRules } from '../../src/engine/rules';
import { contradicts, credibilityPenalty } from '../../src/engine/outcome';
import { loadFixture } from './load-fixture';

const SCALE = { confirmed: 1, preliminary: 0.5, estimate: 0.25 };

describe('contradicts', () => {
  it('tolerates revisions within the tolerance and no further', () => {
    expect(contradicts(4500, 4950, 0.1)).toBe(false);
    expect(contradicts(4500, 4951, 0.1)).toBe(true);
    expect(contradicts(4500, 4050, 0.1)).toBe(false);
    expect(contradicts(4500, 4049, 0.1)).toBe(true);
    expect(contradicts(0, 1, 0.1)).toBe(true);
  });
});

describe('credibilityPenalty', () => {
  it('scales by confidence and rounds half away from zero', () => {
    expect(credibilityPenalty(-15, SCALE, 'confirmed')).toBe(-15);
    expect(credibilityPenalty(-15, SCALE, 'preliminary')).toBe(-8);
    expect(credibilityPenalty(-15, SCALE, 'estimate')).toBe(-4);
    expect(credibilityPenalty(-10, SCALE, 'estimate')).toBe(-3);
    expect(credibilityPenalty(5, SCALE, 'preliminary')).toBe(3);
  });
});

describe('applyOutcome', () => {
  it('applies meters, flags and facts in order and reports each change', () => {
    const scenario = loadFixture('claims');
    const start = compileRules(scenario).initial(1).state;
    const claimed = { ...start, claims: [{ fact: 'accounts', value: 4500, confidence: 'estimate' as const, choice: 'say_estimate', beat: 'statement', time: 0 }] };
    const { state, notices } = applyOutcome(scenario, claimed, { meters: [{ meter: 'trust', op: 'fair', percent: -50 }], flags: {}, facts: { accounts: 9000 } }, 'test');
    expect(state.meters).toEqual({ trust: 21, regulator: 47 });
    expect(notices).toEqual([
      { kind: 'meter', meter: 'trust', from: 50, to: 25, cause: 'test' },
      { kind: 'fact', fact: 'accounts', from: 4500, to: 9000, cause: 'test' },
      // The penalty is booked to the revision's cause; the contradiction names the claim's choice.
      { kind: 'contradiction', fact: 'accounts', claimed: 4500, revised: 9000, confidence: 'estimate', choice: 'say_estimate', cause: 'test' },
      { kind: 'meter', meter: 'trust', from: 25, to: 21, cause: 'test' },
      { kind: 'meter', meter: 'regulator', from: 50, to: 47, cause: 'test' },
    ]);
    expect(claimed.meters.trust).toBe(50);
  });
});
