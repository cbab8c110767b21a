import { describe, expect, it } from 'vitest';
import { randomTest } from '../../src/analysis/index';
import { compileRules } from '../../src/engine/index';
import { followChoices } from '../../src/analysis/index';
import { loadFixture } from './load-fixture';

describe('randomTest', () => {
  it('gives the same report for the same seed', () => {
    const scenario = loadFixture('diamond');
    const first = randomTest(scenario, { runs: 300, seed: 42 });
    expect(randomTest(scenario, { runs: 300, seed: 42 })).toEqual(first);
    expect(randomTest(scenario, { runs: 300, seed: 43 }).endings).not.toEqual(first.endings);
  });

  it('reports the ending distribution, meter percentiles and full coverage', () => {
    const report = randomTest(loadFixture('diamond'), { runs: 600, seed: 7 });
    expect(report.endings.reduce((sum, e) => sum + e.runs, 0)).toBe(600);
    // Uniform over 3 x 2 routes: high is 2 of 6.
    expect(report.endings.find((e) => e.id === 'high')!.share).toBeGreaterThan(0.25);
    expect(report.endings.find((e) => e.id === 'high')!.share).toBeLessThan(0.42);
    expect(report.meters['trust']).toMatchObject({ min: 1, max: 9 });
    expect(report.beats).toEqual({ covered: 2, total: 2, unvisited: [] });
    expect(report.choices).toEqual({ covered: 5, total: 5, unchosen: [] });
    expect(report.failed).toBe(0);
  });

  it('with least-used, takes every choice within as many runs as the widest decision has choices', () => {
    const report = randomTest(loadFixture('diamond'), { runs: 3, seed: 1, strategy: 'least-used' });
    expect(report.choices.unchosen).toEqual([]);
  });

  it('reports a run stuck at a dead end with the choices that reproduce it', () => {
    const scenario = loadFixture('dead');
    const report = randomTest(scenario, { runs: 5, seed: 1 });
    expect(report.failed).toBe(5);
    expect(report.failures[0]).toMatchObject({ beat: 'b', choices: ['boost'], reason: "dead end: no choice is available at beat 'b'" });
    const replayed = followChoices(compileRules(scenario), report.failures[0]!.choices);
    expect(replayed.state.beat).toBe('b');
  });

  it('fails a run that finds no ending within the step cap', () => {
    const report = randomTest(loadFixture('loop'), { runs: 50, seed: 3, maxSteps: 4 });
    expect(report.failures.some((f) => f.reason === 'no ending within 4 steps' && f.choices.every((c) => c === 'wait'))).toBe(true);
  });
});
