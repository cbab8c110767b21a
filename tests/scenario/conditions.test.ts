import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: conditions (CR5xx)', () => {
  it('positions a condition that ends too early', () => {
    expect(diagnose('condition-syntax-error')).toMatchInlineSnapshot(`
      [
        "22:25-22:26 error CR501 the condition ends too early; expected a value @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('suggests the closest name for an unknown name', () => {
    expect(diagnose('condition-unknown-name')).toMatchInlineSnapshot(`
      [
        "22:16-22:21 error CR502 unknown name 'turst'; did you mean 'trust'? @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('reports a flag compared with a number', () => {
    expect(diagnose('condition-flag-compared-with-number')).toMatchInlineSnapshot(`
      [
        "22:16-22:28 error CR503 '>' compares numbers, but flag 'notified' is true/false @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('reports a condition that is a number', () => {
    expect(diagnose('condition-not-boolean')).toMatchInlineSnapshot(`
      [
        "22:16-22:21 error CR504 a condition must be true or false, but this is a number; compare it, e.g. \`trust > 0\` @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('reports a number used with and', () => {
    expect(diagnose('condition-number-in-and')).toMatchInlineSnapshot(`
      [
        "22:29-22:34 error CR503 'and' needs true/false, but meter 'trust' is a number; compare it, e.g. trust > 0 @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('explains visits() when a beat is named bare', () => {
    expect(diagnose('condition-beat-named-bare')).toMatchInlineSnapshot(`
      [
        "22:16-22:21 error CR502 unknown name 'first'; 'first' is a beat: write visits(first) > 0 @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('suggests the closest trigger inside fired()', () => {
    expect(diagnose('unknown-trigger-in-condition')).toMatchInlineSnapshot(`
      [
        "30:18-30:24 error CR307 unknown trigger 'boycot' in fired(...); did you mean 'boycott'? @ endings[0].when",
      ]
    `);
  });
});
