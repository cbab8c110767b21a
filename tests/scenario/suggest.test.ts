import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/scenario/suggest';

describe('suggest', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('disclse', 'disclose')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });

  it('suggests only close names, scaled to the length', () => {
    expect(closest('frist', ['first', 'second'])).toBe('first');
    expect(closest('ab', ['xy'])).toBeNull();
    expect(closest('regulatr_summons', ['regulator_summons', 'regulator'])).toBe(
      'regulator_summons',
    );
    expect(closest('same', ['same'])).toBeNull();
  });
});
