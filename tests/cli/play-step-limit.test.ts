import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../src/analysis/index';
import { playStepLimit } from '../../src/cli/commands/play';

describe('play step limit', () => {
  it('lets a 20,000-beat chain play to its end instead of calling it a loop', () => {
    // A fixed 10,000 steps stopped such a chain halfway and reported it stuck.
    expect(playStepLimit(generateScenario({ decisions: 20_000, choicesPerDecision: 1 }))).toBeGreaterThan(20_000);
  });

  it('keeps at least 10,000 steps for small scenarios', () => {
    expect(playStepLimit(generateScenario({ decisions: 3 }))).toBe(10_000);
  });
});
