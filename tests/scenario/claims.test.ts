import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: claims (CR220-CR222)', () => {
  it('refuses a claim that gives both a figure and a bound', () => {
    expect(diagnose('claim-value-and-bound')).toMatchInlineSnapshot(`
      [
        "26:46-26:54 error CR220 a claim states either a figure (value) or a bound (at_least, up_to), not both; remove 'value' or 'at_least' @ beats[0].decision.choices[0].claims[0].at_least",
      ]
    `);
  });

  it('asks for a figure, and suggests the bound a misspelt key meant', () => {
    expect(diagnose('claim-without-figure')).toMatchInlineSnapshot(`
      [
        "26:15-26:71 error CR220 a claim needs its figure: 'value', or a bound 'at_least' and/or 'up_to' @ beats[0].decision.choices[0].claims[0]",
        "26:33-26:40 error CR203 unknown key 'at_lest' in claim; did you mean 'at_least'? @ beats[0].decision.choices[0].claims[0].at_lest",
      ]
    `);
  });

  it('refuses an empty range', () => {
    expect(diagnose('claim-range-reversed')).toMatchInlineSnapshot(`
      [
        "26:57-26:61 error CR221 this range is empty: at_least 10000 is above up_to 4500; swap them @ beats[0].decision.choices[0].claims[0].up_to",
      ]
    `);
  });

  it('lists the audiences and suggests the closest', () => {
    expect(diagnose('claim-unknown-audience')).toMatchInlineSnapshot(`
      [
        "26:79-26:88 error CR204 'regulater' is not a valid audience; use one of: public, regulator; did you mean 'regulator'? @ beats[0].decision.choices[0].claims[0].audience",
      ]
    `);
  });

  it('refuses penalties that pull one meter both ways', () => {
    expect(diagnose('claim-penalty-signs')).toMatchInlineSnapshot(`
      [
        "14:69-14:70 error CR222 regulator_penalty changes 'trust' by 5 but penalty by -10; a contradicted claim's costs to one meter must pull the same way @ credibility.regulator_penalty.trust",
      ]
    `);
  });

  it('checks the meters of the regulator penalty', () => {
    expect(diagnose('claim-regulator-penalty-unknown-meter')).toMatchInlineSnapshot(`
      [
        "14:62-14:67 error CR302 unknown meter 'trsut'; did you mean 'trust'? @ credibility.regulator_penalty.trsut",
      ]
    `);
  });

  it('refuses a negative fact tolerance', () => {
    expect(diagnose('claim-fact-tolerance-negative')).toMatchInlineSnapshot(`
      [
        "13:62-13:64 error CR206 tolerance must be at least 0, not -1 @ facts[0].tolerance",
      ]
    `);
  });
});
