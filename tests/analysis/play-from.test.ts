import { describe, expect, it } from 'vitest';
import { stateAt } from '../../src/analysis/index';
import { compileRules } from '../../src/engine/index';
import { loadFixture } from './load-fixture';

describe('stateAt', () => {
  it('starts at the chosen beat with the meters set, clamped to their range', () => {
    const rules = compileRules(loadFixture('diamond'));
    const { state, accepted } = stateAt(rules, { beat: 'b', meters: { trust: 42 } });
    expect(accepted).toBe(true);
    expect(state).toMatchObject({ beat: 'b', time: 1, meters: { trust: 10 }, ending: null });
    const next = rules.step(state, { type: 'player.choose', choice: 'down2' });
    expect(next.state).toMatchObject({ ending: 'high', meters: { trust: 8 } });
  });

  it('refuses an unknown beat with the engine reason', () => {
    const result = stateAt(compileRules(loadFixture('diamond')), { beat: 'nowhere' });
    expect(result.accepted).toBe(false);
    expect(result.reason).toMatch(/nowhere/);
  });
});
