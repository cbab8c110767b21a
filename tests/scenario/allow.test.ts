import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { diagnose, fixture } from './diagnose';

describe('loadScenario: allow and forgivable (design findings)', () => {
  it('reads every allow with the path of its place, and forgivable on deadlines and endings', () => {
    const { scenario } = loadScenario(fixture('allow-and-forgivable'));
    expect(scenario?.allowances).toEqual([
      { finding: 'CR523', reason: 'A ladder the team climbs in order', at: '' },
      { finding: 'CR532', reason: 'The facilitator reads it aloud', at: 'flags[0]' },
      { finding: 'CR520', reason: 'The long option is the legal text the room must read', at: 'beats[0].decision' },
    ]);
    expect(scenario?.deadlines[0]?.forgivable).toBe(true);
    expect(scenario?.endings[0]?.forgivable).toBe(true);
  });

  it('leaves allowances and forgivable out of a scenario that has none', () => {
    const { scenario } = loadScenario(fixture('default-not-a-choice').replace('default: wait', 'default: act'));
    expect(scenario && 'allowances' in scenario).toBe(false);
    expect(scenario?.endings[0] && 'forgivable' in scenario.endings[0]).toBe(false);
  });

  it('refuses an unknown finding code, listing the codes allowed at that place', () => {
    expect(diagnose('allow-unknown-code')).toMatchInlineSnapshot(`
      [
        "29:22-29:27 error CR204 'CR250' is not a valid finding; use one of: CR520, CR521, CR522, CR529; did you mean 'CR520'? @ beats[0].decision.allow[0].finding",
      ]
    `);
  });

  it('refuses a finding that is never reported at that place', () => {
    expect(diagnose('allow-misplaced')).toMatchInlineSnapshot(`
      [
        "29:22-29:27 error CR204 'CR532' is not a valid finding; use one of: CR520, CR521, CR522, CR529; did you mean 'CR522'? @ beats[0].decision.allow[0].finding",
      ]
    `);
  });

  it('requires a reason beside every allow', () => {
    expect(diagnose('allow-missing-reason')).toMatchInlineSnapshot(`
      [
        "29:11-29:29 error CR202 allow is missing 'reason' @ beats[0].decision.allow[0]",
      ]
    `);
  });

  it('refuses an empty reason, and forgivable that is not true or false', () => {
    expect(diagnose('allow-reason-empty-and-forgivable-not-boolean')).toMatchInlineSnapshot(`
      [
        "30:37-30:41 error CR205 reason is empty @ beats[0].decision.allow[0].reason",
        "36:74-36:77 error CR201 forgivable should be true or false, not the text 'yes' @ endings[0].forgivable",
      ]
    `);
  });
});
