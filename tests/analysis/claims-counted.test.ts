/**
 * A rubric that counts claims made (`claims: none` or `held`) observes claims on facts nothing
 * revises, which the state key otherwise leaves out as history: the analysis must keep them apart.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { searchScoreRange } from '../../src/analysis/score-search';
import { scoreState } from '../../src/debrief/score';
import { compileRules } from '../../src/engine/index';
import { layoutOf } from '../../src/engine/layout';
import type { Scenario } from '../../src/scenario/types';
import { loadFixture } from './load-fixture';

/** Every playthrough's score, by brute force. */
function allScores(scenario: Scenario): number[] {
  const rules = compileRules(scenario, { notices: false });
  const scores: number[] = [];
  for (const first of ['say_figure', 'hold_figure'])
    for (const second of ['good', 'bad']) {
      let state = rules.initial(0).state;
      state = rules.step(state, { type: 'player.choose', choice: first }).state;
      state = rules.step(state, { type: 'player.choose', choice: second }).state;
      scores.push(scoreState(scenario, state).overall);
    }
  return scores;
}

describe('claims evidence in the analysis', () => {
  const scenario = loadFixture('claims-counted');

  it('finds the best and worst scores that playing every route gives', () => {
    const scores = allScores(scenario);
    for (const range of [analyze(scenario).score, searchScoreRange(scenario)]) {
      expect(range.exact).toBe(true);
      if (!range.exact) continue;
      expect(range.best?.score).toBe(Math.max(...scores));
      expect(range.worst?.score).toBe(Math.min(...scores));
    }
  });

  it('grows the state key only when the rubric counts claims made', () => {
    const accurate: Scenario = {
      ...scenario,
      rubric: scenario.rubric.map((o) => ({ ...o, evidence: [{ kind: 'claims' as const }] })),
    };
    // The standing count of the preliminary claim is in the key (it shares a slot with others).
    expect(layoutOf(scenario).claimsOpen[0]!.slot).toBeLessThan(layoutOf(scenario).keyWidth);
    expect(layoutOf(accurate).claimsOpen[0]!.slot).toBeGreaterThanOrEqual(
      layoutOf(accurate).keyWidth,
    );
    expect(analyze(scenario).states).toBeGreaterThan(analyze(accurate).states);
  });
});
