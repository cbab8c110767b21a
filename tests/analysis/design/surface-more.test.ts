/** CR528 (always the same category wins) and CR529 (a surface strategy wins once one decision is corrected). */
import { describe, expect, it } from 'vitest';
import { analyze, followChoices } from '../../../src/analysis/index';
import { createBudget } from '../../../src/analysis/budget';
import { createBrancher } from '../../../src/analysis/design/branches';
import { correctedFindings } from '../../../src/analysis/design/corrected';
import { playStrategies, surfaceStrategies } from '../../../src/analysis/design/strategies';
import { compileRules } from '../../../src/engine/index';
import { loadDesignFixture } from './load';

const codes = (analysis: ReturnType<typeof analyze>): string[] => [...new Set(analysis.design.map((finding) => finding.code))];

describe('design findings: always the same category (CR528)', () => {
  it('wins where the recommended choice is always the one disclosure option, though no other surface strategy does', () => {
    const { scenario } = loadDesignFixture('one-category');
    const analysis = analyze(scenario);
    expect(analysis.strategies.filter((s) => s.wins).map((s) => [s.strategy, s.category, s.best.ending, s.best.route])).toEqual([
      ['category-disclosure', 'disclosure', 'recovered', ['tell_customers', 'report_to_regulator', 'answer_the_press']],
      ['category-disclosure-longest', 'disclosure', 'recovered', ['tell_customers', 'report_to_regulator', 'answer_the_press']],
    ]);
    // One finding for the category, at the ending it reaches, silenced at the file's root.
    const found = analysis.design.filter((f) => f.code === 'CR528');
    expect(found.map((f) => [f.path, f.places, f.title])).toEqual([['endings[0]', [''], 'always the same category wins']]);
    expect(found[0]?.message).toContain("The room sees each choice's category");
    expect(codes(analysis)).not.toContain('CR529');
  });

  it('plays the category strategies with the longest of the category, and the longest when none is offered', () => {
    const { scenario } = loadDesignFixture('one-decision');
    const strategies = analyze(scenario).strategies;
    const route = (name: string): readonly string[] | undefined => strategies.find((s) => s.strategy === name)?.best.route;
    // No leadership choice at the first and third decisions: the first, or the longest, choice.
    expect(route('category-leadership')).toEqual(['wait_for_the_full_investigation', 'chief_executive_speaks', 'pay_costs']);
    expect(route('category-leadership-longest')).toEqual(['wait_for_the_full_investigation', 'spokesperson_reads_a_statement', 'offer_vouchers_against_a_waiver']);
  });
});

describe('design findings: a surface strategy wins once one decision is corrected (CR529)', () => {
  it('reports the one decision whose correction lets failing strategies win, with a route that really wins', () => {
    const { scenario, positions } = loadDesignFixture('one-decision');
    const analysis = analyze(scenario, { positions });
    expect(analysis.strategies.some((s) => s.wins)).toBe(false);
    const found = analysis.design.filter((f) => f.code === 'CR529');
    expect(found.map((f) => [f.path, f.places, f.line])).toEqual([['beats[0].decision', ['beats[0].decision'], 19]]);
    expect(found[0]?.message).toContain("6 surface strategies that otherwise fail win: always-first ('own_it' for 'wait_for_the_full_investigation'), always-longest");
    // Named up to four, the rest counted; the category strategies are not corrected (their cost).
    expect(found[0]?.message).toContain('and 2 more');
    expect(found[0]?.message).not.toContain('category-');
    const { state } = followChoices(compileRules(scenario, { notices: false }), found[0]?.route ?? []);
    expect([found[0]?.route?.[0], state.ending]).toEqual(['own_it', 'recovered']);
  });

  it('is not reported where two decisions must be put right (the fixture written well), nor for strategies that already win', () => {
    expect(codes(analyze(loadDesignFixture('well-written').scenario))).not.toContain('CR529');
    // Every surface strategy of the gamed fixture wins already: nothing is left to correct.
    expect(codes(analyze(loadDesignFixture('gamed').scenario))).not.toContain('CR529');
  });

  it('is silenced by an allow on the decision, and an allow on another decision is stale', () => {
    const { scenario } = loadDesignFixture('one-decision');
    const allowances = [
      { finding: 'CR529', at: 'beats[0].decision', reason: 'The whole exercise is this one call' },
      { finding: 'CR529', at: 'beats[1].decision', reason: 'Left over from an old draft' },
    ];
    const analysis = analyze({ ...scenario, allowances });
    expect(analysis.design.filter((f) => f.code === 'CR529').map((f) => f.silenced)).toEqual(['The whole exercise is this one call']);
    expect(analysis.staleAllowances).toEqual([allowances[1]]);
  });

  it('gives up without a finding, and says it is incomplete, when the budget has no steps left for it', () => {
    const { scenario } = loadDesignFixture('one-decision');
    const budget = createBudget({ maxStates: 1_000 });
    const brancher = createBrancher(scenario, budget);
    const strategies = surfaceStrategies(scenario, brancher);
    const reports = playStrategies(scenario, brancher, strategies, null, new Map());
    expect(correctedFindings(scenario, brancher, strategies, reports, null, budget).found).toHaveLength(1);
    const starved = { ...budget, maxSteps: budget.steps + 1 };
    expect(correctedFindings(scenario, brancher, strategies, reports, null, starved)).toEqual({ found: [], complete: false });
  });
});
