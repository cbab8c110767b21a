import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: schema and values (CR2xx)', () => {
  it('suggests the documented key when a key is misspelt', () => {
    expect(diagnose('schema-unknown-key')).toMatchInlineSnapshot(`
      [
        "14:5-14:14 error CR202 beat is missing 'title' @ beats[0]",
        "15:5-15:10 error CR203 unknown key 'titel' in beat; did you mean 'title'? @ beats[0].titel",
      ]
    `);
  });

  it('names the missing required key of a choice', () => {
    expect(diagnose('schema-missing-key')).toMatchInlineSnapshot(`
      [
        "19:11-19:18 error CR202 choice is missing 'rating' @ beats[0].decision.choices[0]",
      ]
    `);
  });

  it('reports a text where a number belongs', () => {
    expect(diagnose('schema-wrong-type')).toMatchInlineSnapshot(`
      [
        "16:9-16:13 error CR205 at: 'soon' is not an hour (20), or hours after the hour the beat is entered with a plus sign ("+24") @ beats[0].at",
      ]
    `);
  });

  it('lists the allowed ratings and suggests the closest', () => {
    expect(diagnose('schema-enum')).toMatchInlineSnapshot(`
      [
        "25:19-25:29 error CR204 'recomended' is not a valid rating; use one of: recommended, acceptable, harmful; did you mean 'recommended'? @ beats[0].decision.choices[0].rating",
      ]
    `);
  });

  it('explains the id format when an id is not snake_case', () => {
    expect(diagnose('schema-id-pattern')).toMatchInlineSnapshot(`
      [
        "12:8-12:13 error CR205 start: 'First' is not a snake_case id (a lower-case letter, then lower-case letters, digits or _) @ start",
        "14:9-14:14 error CR205 id: 'First' is not a snake_case id (a lower-case letter, then lower-case letters, digits or _) @ beats[0].id",
      ]
    `);
  });

  it('explains the meter change syntax when an effect is malformed', () => {
    expect(diagnose('schema-effect-syntax')).toMatchInlineSnapshot(`
      [
        "22:29-22:34 error CR205 trust: '+5%' is not a meter change: 5 or "+5" adds, "%+20" or "%-20" is a fair add, "=40" sets @ beats[0].decision.choices[0].effects.trust",
      ]
    `);
  });

  it('explains a text read as a mapping because of a colon', () => {
    expect(diagnose('schema-text-as-mapping')).toMatchInlineSnapshot(`
      [
        "6:5-6:36 error CR208 this text was read as a mapping because of the ': ' after 'Speak first'; put the whole text in quotes @ objectives[0]",
      ]
    `);
  });

  it('explains keys made by a comma inside a flow mapping', () => {
    expect(diagnose('schema-comma-in-flow-mapping')).toMatchInlineSnapshot(`
      [
        "32:66-32:70 error CR203 unknown key 'late' in ending; if it belongs to the text before it, put that text in quotes (a comma inside { } ends a value) @ endings[1].late",
        "32:72-32:81 error CR203 'and vague' was read as a key: inside { ... } a comma ends the value before it; put that text in quotes @ endings[1].and vague",
      ]
    `);
  });

  it('rejects a format other than 1', () => {
    expect(diagnose('schema-wrong-format')).toMatchInlineSnapshot(`
      [
        "1:9-1:10 error CR204 format must be 1 @ format",
      ]
    `);
  });

  it('reports a decision with no choices', () => {
    expect(diagnose('decision-without-choices')).toMatchInlineSnapshot(`
      [
        "18:16-18:18 error CR207 a decision needs at least one choice @ beats[0].decision.choices",
      ]
    `);
  });

  it('rejects a reserved word as an id', () => {
    expect(diagnose('reserved-id')).toMatchInlineSnapshot(`
      [
        "32:11-32:15 error CR210 'time' is a reserved word and cannot be an id; rename it @ flags[0].id",
      ]
    `);
  });

  it('reports a meter whose min is not below its max', () => {
    expect(diagnose('min-not-below-max')).toMatchInlineSnapshot(`
      [
        "9:10-9:11 error CR211 meter 'trust' has min 0 and max 0; min must be below max @ meters[0].max",
      ]
    `);
  });

  it('reports a meter start outside its range', () => {
    expect(diagnose('start-outside-range')).toMatchInlineSnapshot(`
      [
        "10:12-10:15 error CR212 meter 'trust' starts at 150, outside its range 0..100 @ meters[0].start",
      ]
    `);
  });

  it('reports bands that do not start at min', () => {
    expect(diagnose('bands-not-starting-at-min')).toMatchInlineSnapshot(`
      [
        "11:21-11:23 error CR213 the first band of meter 'trust' starts at 10; it must start at min (0) @ meters[0].bands[0].from",
      ]
    `);
  });

  it('reports bands that do not ascend', () => {
    expect(diagnose('bands-not-ascending')).toMatchInlineSnapshot(`
      [
        "11:72-11:74 error CR214 bands of meter 'trust' must ascend: 40 follows 50 @ meters[0].bands[2].from",
      ]
    `);
  });

  it('reports a fair add above 100 percent', () => {
    expect(diagnose('fair-percent-out-of-range')).toMatchInlineSnapshot(`
      [
        "22:29-22:36 error CR215 a fair add moves at most 100% of the distance to the bound; 150% is too much @ beats[0].decision.choices[0].effects.trust",
      ]
    `);
  });
});
