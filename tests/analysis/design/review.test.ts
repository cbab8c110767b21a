/** The design findings of analyze on a scenario written to be gamed, and on one written well. */
import { describe, expect, it } from 'vitest';
import { analyze, followChoices } from '../../../src/analysis/index';
import { compileRules } from '../../../src/engine/index';
import { shortestRoutes, topologicalOrder } from '../../../src/analysis/dag';
import { explore } from '../../../src/analysis/explore';
import { forgivenInGraph } from '../../../src/analysis/design/forgiven';
import { groupStates } from '../../../src/analysis/groups';
import { loadDesignFixture, withFixedOrder } from './load';

const codes = (analysis: ReturnType<typeof analyze>): string[] => [...new Set(analysis.design.map((finding) => finding.code))];

describe('design findings', () => {
  it('reports every surface strategy of the gamed fixture with the ending it reaches, each a finding', () => {
    const { scenario } = loadDesignFixture('gamed');
    const analysis = analyze(scenario);
    expect(analysis.strategies.map((s) => [s.strategy, s.best.ending, s.best.tone, s.best.score, s.wins, s.code])).toEqual([
      ['always-first', 'recovered', 'best', 100, true, 'CR523'],
      ['always-longest', 'recovered', 'best', 100, true, 'CR524'],
      ['always-shortest', 'recovered', 'best', 50, true, 'CR525'],
      ['greedy-headline', 'recovered', 'best', 100, true, 'CR526'],
      ['greedy-trust', 'recovered', 'best', 100, true, 'CR527'],
      ['greedy-liability', 'recovered', 'best', 100, true, 'CR527'],
      ['category-disclosure', 'recovered', 'best', 100, true, 'CR528'],
      ['category-disclosure-longest', 'recovered', 'best', 100, true, 'CR528'],
      ['category-legal', 'recovered', 'best', 83, true, 'CR528'],
      ['category-legal-longest', 'recovered', 'best', 83, true, 'CR528'],
      ['category-leadership', 'recovered', 'best', 100, true, 'CR528'],
      ['category-leadership-longest', 'recovered', 'best', 100, true, 'CR528'],
    ]);
    expect(analysis.strategies.find((s) => s.strategy === 'always-shortest')?.best.route).toEqual(['wait', 'deny', 'blame']);
  });

  it('finds every kind of finding in the gamed fixture, each with the place to change', () => {
    const { scenario } = loadDesignFixture('gamed');
    const analysis = analyze(scenario);
    expect(codes(analysis)).toEqual(['CR520', 'CR522', 'CR523', 'CR524', 'CR525', 'CR526', 'CR527', 'CR528', 'CR530', 'CR531', 'CR532', 'CR533', 'CR534']);
    expect(analysis.design.filter((f) => f.code === 'CR520').map((f) => f.path)).toEqual([
      'beats[0].decision.choices[0].label',
      'beats[1].decision.choices[0].label',
      'beats[2].decision.choices[0].label',
    ]);
    expect(analysis.design.find((f) => f.code === 'CR532')).toMatchObject({ path: 'flags[1]', places: ['flags[1]'], silenced: null });
    expect(analysis.design.find((f) => f.code === 'CR533')).toMatchObject({ path: 'facts[0]' });
    expect(analysis.design.find((f) => f.code === 'CR534')).toMatchObject({ path: 'triggers[0].when', places: ['triggers[0]'] });
    expect(analysis.design.find((f) => f.code === 'CR522')?.message).toContain("'notify_everyone_today' does trust +10 (others at best -5), liability -5 (others at best +5)");
  });

  it('gives each finding its file, line and column when the loader positions are passed in', () => {
    const { scenario, positions } = loadDesignFixture('gamed');
    const analysis = analyze(scenario, { positions });
    expect(analysis.design.find((f) => f.code === 'CR532')).toMatchObject({ file: 'gamed.yaml', line: 13, col: 5 });
    expect(analysis.design.find((f) => f.code === 'CR534')).toMatchObject({ line: 44, col: 32 });
    expect(analyze(scenario).design[0]).toMatchObject({ file: null, line: null, col: null });
  });

  it('finds nothing in the fixture written well, and no strategy wins there', () => {
    const { scenario } = loadDesignFixture('well-written');
    const analysis = analyze(scenario);
    expect(analysis.design).toEqual([]);
    expect(analysis.strategies.map((s) => [s.strategy, s.best.ending, s.wins])).toEqual([
      ['always-first', 'scarred', false],
      ['always-longest', 'scarred', false],
      ['always-shortest', 'scarred', false],
      ['greedy-headline', 'scarred', false],
      ['greedy-trust', 'scarred', false],
      ['greedy-liability', 'scarred', false],
      ['category-legal', 'scarred', false],
      ['category-legal-longest', 'scarred', false],
      ['category-disclosure', 'scarred', false],
      ['category-disclosure-longest', 'scarred', false],
      ['category-leadership', 'scarred', false],
      ['category-leadership-longest', 'scarred', false],
    ]);
  });

  it('routes of forgiven failures really reach the good ending after the failure', () => {
    const { scenario } = loadDesignFixture('gamed');
    const rules = compileRules(scenario, { notices: false });
    for (const finding of analyze(scenario).design.filter((f) => f.code === 'CR530' || f.code === 'CR531')) {
      const { state } = followChoices(rules, finding.route ?? []);
      expect(state.ending).toBe('recovered');
      if (finding.code === 'CR530') expect(state.deadlines['notice']?.status).toBe('missed');
      else expect(state.chosen.filter((id) => ['wait', 'deny', 'blame'].includes(id)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds the same forgiven harmful choices in topological order as by the breadth-first search that copes with loops', () => {
    const { scenario } = loadDesignFixture('gamed');
    const graph = explore(scenario);
    const routes = shortestRoutes(graph);
    const inOrder = forgivenInGraph(graph, routes, topologicalOrder(graph));
    const breadthFirst = forgivenInGraph(graph, routes);
    expect([...inOrder.harmful.keys()]).toEqual([0]);
    expect([...inOrder.harmful.keys()]).toEqual([...breadthFirst.harmful.keys()]);
    // Given the end states grouped (as analyze does), the same failures, by the same routes.
    const grouped = forgivenInGraph(graph, routes, topologicalOrder(graph), groupStates(graph).atEnding);
    expect([...grouped.harmful]).toEqual([...inOrder.harmful]);
    expect([...grouped.missed]).toEqual([...inOrder.missed]);
  });

  it('past the state cap, finds the same forgiven failures by the bounded search', () => {
    const { scenario } = loadDesignFixture('gamed');
    const capped = analyze(scenario, { maxStates: 3, witnessRuns: 10 });
    expect(capped.complete).toBe(false);
    const forgiven = (a: ReturnType<typeof analyze>) => a.design.filter((f) => f.code === 'CR530' || f.code === 'CR531').map((f) => [f.code, f.path]);
    expect(forgiven(capped)).toEqual(forgiven(analyze(scenario)));
    expect(capped.design.find((f) => f.code === 'CR531')?.message).toContain('bounded search');
  });

  it('looks for no forgiven failure where the author says forgivable', () => {
    const { scenario } = loadDesignFixture('gamed');
    const deadlineForgiven = analyze({ ...scenario, deadlines: scenario.deadlines.map((d) => ({ ...d, forgivable: true })) });
    expect(codes(deadlineForgiven)).not.toContain('CR530');
    expect(codes(deadlineForgiven)).toContain('CR531');
    const endingForgiven = analyze({ ...scenario, endings: scenario.endings.map((e) => ({ ...e, forgivable: true })) });
    expect(codes(endingForgiven)).not.toContain('CR530');
    expect(codes(endingForgiven)).not.toContain('CR531');
  });

  it('reports the recommended choice listed first where the order is fixed (CR521), not where it is shuffled', () => {
    const { scenario } = loadDesignFixture('gamed');
    expect(codes(analyze(scenario))).not.toContain('CR521');
    const fixed = analyze(withFixedOrder(scenario)).design.filter((f) => f.code === 'CR521');
    expect(fixed.map((f) => [f.path, f.places])).toEqual([0, 1, 2].map((beat) => [`beats[${beat}].decision.choices[0]`, [`beats[${beat}].decision`, `beats[${beat}].decision.choices[0]`]]));
    // Fixed, and never first: nothing to report.
    const { scenario: well } = loadDesignFixture('well-written');
    expect(codes(analyze(withFixedOrder(well)))).toEqual([]);
  });

  it('reports the longest tell only above a third of the rated decisions', () => {
    const { scenario } = loadDesignFixture('gamed');
    // Shorten the recommended label of two decisions: then it is the longest in one of three.
    const shortened = { ...scenario, beats: scenario.beats.map((beat, index) => (index === 0 || !beat.decision ? beat : { ...beat, decision: { ...beat.decision, choices: beat.decision.choices.map((c) => (c.rating === 'recommended' ? { ...c, label: 'Go' } : c)) } })) };
    expect(codes(analyze(shortened))).not.toContain('CR520');
    expect(analyze(scenario).design.filter((f) => f.code === 'CR520')).toHaveLength(3);
  });

  it('does not report a fact that a choice claims', () => {
    const { scenario } = loadDesignFixture('gamed');
    const claimed = { ...scenario, beats: scenario.beats.map((beat, index) => (index !== 0 || !beat.decision ? beat : { ...beat, decision: { ...beat.decision, choices: beat.decision.choices.map((c, at) => (at === 0 ? { ...c, claims: [{ fact: 'records', value: 100, confidence: 'preliminary' as const }] } : c)) } })) };
    expect(codes(analyze(claimed))).not.toContain('CR533');
  });
});

describe('design findings: a deadline met deficiently', () => {
  it('reports a good ending reachable after a deficient filing as a forgiven failure (CR530), and advises met()', () => {
    const { scenario } = loadDesignFixture('deficient-forgiven');
    const analysis = analyze(scenario);
    const found = analysis.design.filter((f) => f.code === 'CR530');
    expect(found.map((f) => [f.path, f.places, f.route])).toEqual([['endings[0].when', ['endings[0]', 'deadlines[0]'], ['short_notice']]]);
    expect(found[0]?.message).toContain("after deadline 'notice' was met deficiently");
    expect(found[0]?.message).toContain('"and met(notice)"');
    const { state } = followChoices(compileRules(scenario, { notices: false }), found[0]?.route ?? []);
    expect([state.ending, state.deadlines['notice']?.status]).toEqual(['contained', 'deficient']);
  });

  it('finds it by the bounded search past the state cap too', () => {
    const { scenario } = loadDesignFixture('deficient-forgiven');
    const capped = analyze(scenario, { maxStates: 1, witnessRuns: 10 });
    expect(capped.complete).toBe(false);
    expect(capped.design.filter((f) => f.code === 'CR530').map((f) => [f.path, f.message.includes('met deficiently')])).toEqual([['endings[0].when', true]]);
  });

  it('looks for none where the deadline or the ending says forgivable', () => {
    const { scenario } = loadDesignFixture('deficient-forgiven');
    expect(codes(analyze({ ...scenario, deadlines: scenario.deadlines.map((d) => ({ ...d, forgivable: true })) }))).not.toContain('CR530');
    expect(codes(analyze({ ...scenario, endings: scenario.endings.map((e) => ({ ...e, forgivable: true })) }))).not.toContain('CR530');
  });
});
