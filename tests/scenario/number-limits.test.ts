import { describe, expect, it } from 'vitest';
import { formatGameTime } from '../../src/debrief/game-time';
import { diagnose } from './diagnose';
import { loadScenario } from '../../src/scenario/index';
import { fixture } from './diagnose';

describe('loadScenario: numbers no exercise can use', () => {
  it('rejects a beat hour past the calendar', () => {
    expect(diagnose('beat-at-past-the-calendar')).toMatchInlineSnapshot(`
      [
        "16:9-16:14 error CR206 at must be at most 876000, not 1e+308 @ beats[0].at",
      ]
    `);
  });

  it('rejects meter ranges past 2^53, where effects would do nothing', () => {
    expect(diagnose('meter-range-past-2-53')).toMatchInlineSnapshot(`
      [
        "8:10-8:16 error CR201 min should be a whole number between -(2^53 - 1) and 2^53 - 1, where adding 1 still counts, not the number -1e+300 @ meters[0].min",
        "9:10-9:26 error CR201 max should be a whole number between -(2^53 - 1) and 2^53 - 1, where adding 1 still counts, not the number 9007199254740992 @ meters[0].max",
        "11:21-11:22 error CR213 the first band of meter 'trust' starts at 0; it must start at min (-1e+300) @ meters[0].bands[0].from",
      ]
    `);
  });

  it('says that a quoted format is text, not that it must be what it seems to be', () => {
    expect(diagnose('format-quoted')).toMatchInlineSnapshot(`
      [
        "1:9-1:12 error CR204 format must be the number 1, not the text '1': remove the quotes @ format",
      ]
    `);
  });
});

describe('formatGameTime', () => {
  it('gives the hour, never "Day NaN", for an hour no date can hold', () => {
    const { scenario } = loadScenario(fixture('schema-wrong-format').replace('format: 2', 'format: 1'));
    if (!scenario) throw new Error('the base fixture does not load');
    expect(formatGameTime(scenario, 1e308)).not.toContain('NaN');
    expect(formatGameTime(scenario, 24)).toMatch(/^Day 2 /);
  });
});
