import { describe, expect, it } from 'vitest';
import { loadShipped, loadSource } from '../../src/server/scenarios.ts';

describe('the scenarios of live sessions', () => {
  it('checks a scenario text once: every later session of the same text shares the checked scenario', () => {
    const first = loadShipped('tutorial');
    if (!first.ok) throw new Error('the tutorial should load');
    const again = loadSource(first.source, 'tutorial.yaml');
    expect(again.ok && again.scenario).toBe(first.scenario);
  });

  it('still refuses a text with errors, saying what is wrong', () => {
    const refused = loadSource('meta: {id: x}\n');
    expect(refused.ok).toBe(false);
  });
});
