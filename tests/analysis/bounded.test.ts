import { describe, expect, it } from 'vitest';
import { analyze, generateScenario } from '../../src/analysis/index';
import { createBudget } from '../../src/analysis/budget';
import { decisionsAhead } from '../../src/analysis/decisions-ahead';
import { explore } from '../../src/analysis/explore';
import { searchScoreRange } from '../../src/analysis/score-search';
import { loadFixture } from './load-fixture';

// Budgets, counts and outcomes only: never wall time.
describe('bounded analysis', () => {
  it('stops at its budget of steps when twelve chance triggers fork 2^12 ways at one step', () => {
    // The one forking step alone takes 2^13 - 1 runs of the rules; the budget allows 3,000.
    const analysis = analyze(loadFixture('bounded-chance'), { maxSteps: 3_000 });
    expect(analysis.complete).toBe(false);
    expect(analysis.budget.spent).toBe(true);
    // A state's own steps may finish past the limit: at most its choices' worth.
    expect(analysis.budget.steps).toBeLessThanOrEqual(3_000 + 2);
    expect(analysis.capMessage).toMatch(/budget of 3,000 engine steps/);
    expect(analysis.budget.message).toMatch(/the exploration.*the best and worst scores.*stopped short/);
    expect(analysis.score.exact).toBe(false);
    expect(analysis.strategies).toEqual([]);
  });

  it('with room enough, explores every outcome of the twelve rolls exactly', () => {
    const graph = explore(loadFixture('bounded-chance'));
    expect(graph.complete).toBe(true);
    // The root's one choice forks on twelve rolls: 2^12 edges, each naming its rolls.
    const root = graph.roots[0]!;
    expect(graph.edgeStart[root + 1]! - graph.edgeStart[root]!).toBe(2 ** 12);
    expect(new Set(graph.edgeRolls.slice(0, 2 ** 12)).size).toBe(2 ** 12);
  });

  it('shares one budget: the exploration, the witnesses and the score search spend from the same steps', () => {
    const scenario = generateScenario({ decisions: 40, meterMax: 40 });
    const budget = createBudget({ maxStates: 500, maxSteps: 20_000 });
    const analysis = analyze(scenario, { budget });
    expect(analysis.complete).toBe(false);
    expect(budget.steps).toBe(analysis.budget.steps);
    expect(budget.steps).toBeGreaterThanOrEqual(20_000);
    expect(budget.steps).toBeLessThanOrEqual(20_000 + 3);
    // The exploration stopped at its state cap; what came after ran out of the shared steps.
    expect(analysis.witnessRuns).toBeLessThan(20_000);
    expect(analysis.budget.message).not.toBeNull();
  });

  it('stops the exact score search at a spent budget without claiming an exact answer', () => {
    const budget = createBudget({ maxStates: 0, maxSteps: 50 });
    const score = searchScoreRange(loadFixture('bounded-chance'), { budget });
    expect(score.exact).toBe(false);
    expect(budget.steps).toBeLessThanOrEqual(50 + 1);
  });

  it('explores no further than the budget allows, and says what stopped it', () => {
    const budget = createBudget({ maxStates: 1_000_000, maxSteps: 1_000 });
    const graph = explore(generateScenario({ decisions: 30 }), { budget });
    expect(graph.complete).toBe(false);
    expect(graph.stoppedBy).toBe('steps');
    expect(budget.steps).toBeLessThanOrEqual(1_000 + 3);
  });

  it('counts decisions ahead along a 6,000-beat chain without recursion', () => {
    const ahead = decisionsAhead(generateScenario({ decisions: 6_000, choicesPerDecision: 1 }));
    expect(ahead.get('beat_0')).toBe(6_000);
    expect(ahead.get('beat_5999')).toBe(1);
  });
});
