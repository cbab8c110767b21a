import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: choice order', () => {
  it('lists the allowed orders of a decision and suggests the closest', () => {
    expect(diagnose('decision-order-misspelt')).toMatchInlineSnapshot(`
      [
        "18:14-18:18 error CR204 'fixd' is not a valid order; use one of: shuffled, fixed; did you mean 'fixed'? @ beats[0].decision.order",
      ]
    `);
  });

  it('suggests choice_order for a misspelt root key', () => {
    expect(diagnose('choice-order-key-misspelt')).toMatchInlineSnapshot(`
      [
        "12:1-12:12 error CR203 unknown key 'choice_ordr' in scenario; did you mean 'choice_order'? @ choice_ordr",
      ]
    `);
  });

  it('lists the allowed orders of the scenario', () => {
    expect(diagnose('choice-order-not-a-word')).toMatchInlineSnapshot(`
      [
        "12:15-12:21 error CR204 'random' is not a valid choice_order; use one of: shuffled, fixed @ choice_order",
      ]
    `);
  });
});
