import { describe, expect, it } from 'vitest';
import { analysisToJson, analyze, followChoices, generateScenario } from '../../src/analysis/index';
import { compileRules } from '../../src/engine/index';
import { canFinish, topologicalOrder } from '../../src/analysis/dag';
import { explore, sourceOf } from '../../src/analysis/explore';
import { loadFixture } from './load-fixture';

describe('analyze', () => {
  it('counts states, transitions and playthroughs of a diamond where routes merge', () => {
    // a(5) -> b(7), b(5), b(3) -> ends 9 high, 5 low (twice), 7 high, 3 low, 1 low.
    const analysis = analyze(loadFixture('diamond'));
    expect(analysis.complete).toBe(true);
    expect(analysis.states).toBe(1 + 3 + 5);
    expect(analysis.transitions).toBe(3 + 6);
    expect(analysis.paths.total).toBe(6n);
    expect(analysis.endings.map((e) => [e.id, e.reachable, e.paths, e.shortestPath])).toEqual([
      ['high', true, 2n, ['up', 'up2']],
      ['low', true, 4n, ['up', 'down2']],
    ]);
  });

  it('reports each meter range at each beat and at each ending', () => {
    const analysis = analyze(loadFixture('diamond'));
    expect(analysis.beats.map((b) => [b.id, b.states, b.meters])).toEqual([
      ['a', 1, { trust: { min: 5, max: 5 } }],
      ['b', 3, { trust: { min: 3, max: 7 } }],
    ]);
    expect(analysis.endings.map((e) => e.meters)).toEqual([{ trust: { min: 7, max: 9 } }, { trust: { min: 1, max: 5 } }]);
  });

  it('finds the exact best and worst scores with their routes', () => {
    // Best: up, up2 -> decisions 100, no rubric 100, best ending 100 -> 100.
    // Worst: down, down2 -> decisions 0, objectives 100, poor ending 25 -> round(0 + 30 + 5) = 35.
    const { score } = analyze(loadFixture('diamond'));
    expect(score.exact).toBe(true);
    if (!score.exact) return;
    expect(score.best).toMatchObject({ score: 100, ending: 'high', route: { choices: ['up', 'up2'] } });
    expect(score.worst).toMatchObject({ score: 35, ending: 'low', route: { choices: ['down', 'down2'] } });
  });

  it('explores both outcomes of a chance roll and names the roll a route relies on', () => {
    const analysis = analyze(loadFixture('chance'));
    // a(5); b with the rumour (2) and without (5); the two endings.
    expect(analysis.states).toBe(5);
    expect(analysis.paths.total).toBe(2n);
    expect(analysis.chance).toEqual(['rumour']);
    expect(analysis.endings.map((e) => [e.id, e.shortestPath, e.rolls])).toEqual([
      ['ok', ['go', 'finish'], ['rumour-']],
      ['bad', ['go', 'finish'], ['rumour+']],
    ]);
    expect(analysis.beats.find((b) => b.id === 'b')?.meters).toEqual({ trust: { min: 2, max: 5 } });
  });

  it('reports unreachable parts, dead ends, never-true conditions and clamped effects', () => {
    const analysis = analyze(loadFixture('dead'));
    expect(analysis.unreachable).toEqual({ beats: ['c'], choices: ['hidden', 'locked', 'finish'], triggers: [], endings: ['over'] });
    expect(analysis.deadEnds).toEqual([{ beat: 'b', path: ['boost'], rolls: [] }]);
    expect(analysis.paths).toEqual({ total: 0n, deadEnds: 1n, note: null });
    expect(analysis.conditions).toEqual([
      { verdict: 'never-true', where: { kind: 'choice', id: 'hidden', field: 'if' }, source: 'secret', checked: 1 },
      { verdict: 'never-true', where: { kind: 'choice', id: 'locked', field: 'if' }, source: 'trust < 5', checked: 1 },
    ]);
    expect(analysis.clampedEffects).toEqual([{ choice: 'boost', meter: 'trust', change: '+5', values: [10], taken: 1 }]);
    expect(analysis.score).toEqual({ exact: true, method: 'graph', best: null, worst: null });
  });

  it('says playthroughs cannot be counted when a choice loops back to the same state', () => {
    const analysis = analyze(loadFixture('loop'));
    expect(analysis.loops).toBe(true);
    expect(analysis.paths.total).toBeNull();
    expect(analysis.paths.note).toMatch(/loop/);
    expect(analysis.score.exact).toBe(false);
    expect(analysis.endings[0]).toMatchObject({ id: 'out', reachable: true, shortestPath: ['leave'] });
  });

  it('counts 2^70 playthroughs exactly without enumerating them', () => {
    const analysis = analyze(loadFixture('paths-70'));
    expect(analysis.states).toBe(71);
    expect(analysis.paths.total).toBe(2n ** 70n);
    expect(JSON.parse(analysisToJson(analysis)).paths.total).toBe('1180591620717411303424');
  });

  it('counts playthroughs exactly past 2^53 and past 2^101 (where doubles give way to BigInts)', () => {
    // A chain of d decisions with three options each; the last beat's first option needs a flag
    // that only the second beat's first option sets: 3^(d-2) * 3 + 2 * 3^(d-2) * 2 = 7 * 3^(d-2).
    for (const decisions of [40, 60, 80]) {
      const analysis = analyze(generateScenario({ decisions }));
      expect(analysis.complete).toBe(true);
      expect(analysis.paths.total).toBe(7n * 3n ** BigInt(decisions - 2));
      expect(analysis.endings.reduce((sum, ending) => sum + (ending.paths ?? 0n), 0n)).toBe(analysis.paths.total);
    }
  });

  it('finds the states that can still finish the same way with and without a topological order', () => {
    for (const scenario of [loadFixture('diamond'), loadFixture('dead'), loadFixture('chance'), generateScenario({ decisions: 12 })]) {
      const graph = explore(scenario);
      const topological = topologicalOrder(graph);
      expect(topological.acyclic).toBe(true);
      expect(Array.from(canFinish(graph, topological))).toEqual(Array.from(canFinish(graph)));
    }
  });

  it('finds the state each edge leaves', () => {
    const graph = explore(generateScenario({ decisions: 12 }));
    for (let state = 0; state < graph.count; state++) {
      for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) expect(sourceOf(graph, edge)).toBe(state);
    }
  });

  it('stops at the state cap with a message and still proves reachability by sampled playthroughs', () => {
    const analysis = analyze(loadFixture('diamond'), { maxStates: 4 });
    expect(analysis.complete).toBe(false);
    expect(analysis.states).toBe(4);
    expect(analysis.capMessage).toMatch(/state cap of 4 distinct states/);
    expect(analysis.paths.total).toBeNull();
    // The graph is cut short, so the best and worst come from the search, and agree with the whole graph.
    const whole = analyze(loadFixture('diamond')).score;
    expect(analysis.score.exact && analysis.score.method).toBe('search');
    expect(whole.exact && whole.method).toBe('graph');
    if (analysis.score.exact && whole.exact) {
      expect(analysis.score.best?.score).toBe(whole.best?.score);
      expect(analysis.score.worst?.score).toBe(whole.worst?.score);
    }
    expect(analysis.witnessRuns).toBeGreaterThan(0);
    expect(analysis.endings.every((e) => e.reachable)).toBe(true);
    const rules = compileRules(loadFixture('diamond'));
    for (const ending of analysis.endings) expect(followChoices(rules, ending.shortestPath!).state.ending).toBe(ending.id);
  });

  it('prints JSON with stable keys, endings first-class', () => {
    const json = JSON.parse(analysisToJson(analyze(loadFixture('diamond'))));
    expect(Object.keys(json)).toEqual([
      'scenario', 'complete', 'maxStates', 'capMessage', 'capWords', 'states', 'transitions', 'paths', 'beats', 'choices', 'triggers', 'endings',
      'unreachable', 'pushed', 'conditions', 'clampedEffects', 'deadEnds', 'noWayOut', 'loops', 'alwaysEnds', 'score', 'witnessRuns', 'chance', 'texts', 'refusals',
      'design', 'strategies', 'staleAllowances', 'budget',
    ]);
    expect(json.endings[0]).toMatchObject({ id: 'high', reachable: true, shortestPath: ['up', 'up2'] });
  });
});
