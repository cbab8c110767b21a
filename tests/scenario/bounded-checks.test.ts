import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('checks that keep a clean file safe to run', () => {
  it('warns when ten or more chance triggers can roll in the same step (CR430)', () => {
    const found = diagnose('chance-triggers-together').filter((line) => line.includes('CR430'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/warning CR430 12 triggers have a chance below 1 .* up to 2\^12 outcomes .* @ triggers\[9\]\.chance$/);
    expect(diagnose('chance-triggers-together')).toContain('(scenario loaded)');
  });

  it('does not warn for nine', () => {
    expect(diagnose('chance-triggers-nine').filter((line) => line.includes('CR430'))).toEqual([]);
  });

  it("rejects a condition joining more than 100 terms, at the operator past the limit (CR501)", () => {
    const found = diagnose('condition-terms-over-cap');
    expect(found.some((line) => / error CR501 a condition joins at most 100 terms with 'and' and 'or'/.test(line))).toBe(true);
    expect(found).not.toContain('(scenario loaded)');
  });

  it('accepts 100 terms', () => {
    expect(diagnose('condition-terms-at-cap')).toEqual(['(scenario loaded)']);
  });
});
