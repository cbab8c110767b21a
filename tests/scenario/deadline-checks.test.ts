import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: deadlines, business days and meter caps', () => {
  it('refuses a deadline with both hours and business_days', () => {
    expect(diagnose('deadline-both-windows')).toEqual([
      "21:5-21:18 error CR230 deadline 'report' gives both hours and business_days; keep one (business_days for a rule that counts business days, such as the SEC's four for an 8-K) @ deadlines[0].business_days",
    ]);
  });

  it('asks for a window when a deadline has neither hours nor business_days', () => {
    expect(diagnose('deadline-without-window')).toEqual([
      "16:5-16:7 error CR230 deadline 'report' needs its window: add hours (e.g. hours: 72) or business_days (e.g. business_days: 4) @ deadlines[0].id",
    ]);
  });

  it('warns that a deficient outcome without deficient_when never applies', () => {
    expect(diagnose('deficient-without-when')).toEqual([
      `21:5-21:14 warning CR232 deadline 'report' has a deficient outcome but no deficient_when, so it never applies; add deficient_when (e.g. "not notice_complete") @ deadlines[0].deficient`,
      '(scenario loaded)',
    ]);
  });

  it('suggests deficient(...) for a misspelt status function', () => {
    expect(diagnose('deficient-when-unknown-status')).toEqual([
      "40:12-40:28 error CR505 unknown function 'deficent'; did you mean 'deficient'? @ endings[0].when",
    ]);
  });

  it('refuses a cap or floor outside the meter\'s range', () => {
    expect(diagnose('cap-outside-range')).toEqual([
      "23:25-23:28 error CR231 a cap of 120 on meter 'trust' lies outside its range 0..100 @ beats[0].decision.choices[0].cap.trust",
      "24:27-24:29 error CR231 a floor of -1 on meter 'trust' lies outside its range 0..100 @ beats[0].decision.choices[0].floor.trust",
    ]);
  });

  it('names the closest meter for a cap on an unknown meter', () => {
    expect(diagnose('cap-unknown-meter')).toEqual([
      "23:18-23:23 error CR302 unknown meter 'trsut'; did you mean 'trust'? @ beats[0].decision.choices[0].cap.trsut",
    ]);
  });

  it('wants whole business days and a starts_after of at least 0', () => {
    expect(diagnose('business-days-not-whole')).toEqual([
      '20:20-20:23 error CR201 business_days should be a whole number, not the number 2.5 @ deadlines[0].business_days',
      '21:19-21:21 error CR206 starts_after must be at least 0, not -3 @ deadlines[0].starts_after',
    ]);
  });
});
