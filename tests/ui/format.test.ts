import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/ui/format';

describe('formatCompact', () => {
  it('writes what Intl compact notation with one fraction digit writes', () => {
    const intl = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
    const values = [0, 7, 12.34, 999, 1000, 1049, 1050, 3400, 9950, 9999, 12_345, 99_950, 123_456, 999_949, 999_950, 1_000_000, 33_700_000, 2_450_000_000, 7e12, -4321];
    for (const value of values) expect(formatCompact(value), String(value)).toBe(intl.format(value));
  });
});
