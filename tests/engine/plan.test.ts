import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/engine/plan';
import { compileRules } from '../../src/engine/rules';
import { loadFixture } from './load-fixture';

const rules = compileRules(loadFixture('flow'));

describe('runPlan', () => {
  it('passes when the ending and bounds hold, continuing through beats without a decision', () => {
    const result = runPlan(rules, { name: 'apology', seed: 1, steps: [{ kind: 'choose', choice: 'apologise' }], expect: { ending: 'good_end', meters: { trust: { min: 60, max: 60 } }, flags: { apologised: true } } });
    expect(result).toMatchObject({ passed: true });
  });

  it('reports the first refused step with the choices on offer', () => {
    const result = runPlan(rules, { name: 'typo', seed: 1, steps: [{ kind: 'choose', choice: 'secret' }], expect: {} });
    expect(result.failure).toMatchObject({ step: 1, message: "step 1, 'secret' at beat 'choose': 'secret' is not available now (trust > 90) (available: apologise, silence)" });
  });

  it('reports a wrong ending or a meter out of bounds', () => {
    const expired = { name: 'expire', seed: 1, steps: [{ kind: 'expire' as const }] };
    expect(runPlan(rules, { ...expired, expect: { ending: 'good_end' } }).failure?.message).toBe("expected ending 'good_end', got 'bad_end'");
    expect(runPlan(rules, { ...expired, expect: { meters: { trust: { min: 45 } } } }).failure?.message).toBe('meter trust = 40, expected >= 45');
    expect(runPlan(rules, { ...expired, expect: { ending: 'bad_end', meters: { trust: { max: 40 } } } }).passed).toBe(true);
  });
});
