/** An author silences one finding at one place with `allow`, and the report shows the reason. */
import { describe, expect, it } from 'vitest';
import { analyze, formatAnalysis } from '../../../src/analysis/index';
import { loadDesignFixture } from './load';

describe('design findings: allow', () => {
  it('silences exactly the finding named at the place it is written, with its reason', () => {
    const { scenario, positions } = loadDesignFixture('silenced');
    const analysis = analyze(scenario, { positions });
    const silenced = analysis.design.filter((f) => f.silenced !== null).map((f) => [f.code, f.path, f.silenced]);
    expect(silenced).toEqual([
      ['CR520', 'beats[1].decision.choices[0].label', 'The apology must be quoted in full'],
      ['CR523', 'endings[0]', 'The options form a ladder the team climbs in order'],
      ['CR532', 'flags[1]', 'The facilitator reads it out in the debrief'],
    ]);
    // The same code elsewhere stays open.
    expect(analysis.design.filter((f) => f.code === 'CR520' && f.silenced === null)).toHaveLength(2);
  });

  it('shows silenced findings in the text report, with the reason beside them', () => {
    const { scenario, positions } = loadDesignFixture('silenced');
    const text = formatAnalysis(analyze(scenario, { positions }));
    expect(text).toContain('Design findings: 17 (and 3 silenced by allow)');
    expect(text).toMatch(/silenced\.yaml:13:5 CR532 silenced \("The facilitator reads it out in the debrief"\): flag 'memo_written'/);
  });
});

describe('design findings: stale allow', () => {
  it('reports an allow that silences nothing, and none that silences a finding', () => {
    const { scenario, positions } = loadDesignFixture('silenced');
    expect(analyze(scenario, { positions }).staleAllowances).toEqual([]);
    // flags[0] is read, so no CR532 is there to silence: an allow left over from an old draft.
    const stale = { finding: 'CR532', at: 'flags[0]', reason: 'Left over from an old draft' };
    const analysis = analyze({ ...scenario, allowances: [...(scenario.allowances ?? []), stale] }, { positions });
    expect(analysis.staleAllowances).toEqual([stale]);
    expect(formatAnalysis(analysis)).toContain('flags[0] allow CR532 silences nothing');
  });

  it('never calls an allow stale when the search that would find its finding was cut short', () => {
    const { scenario } = loadDesignFixture('silenced');
    const forgiven = { finding: 'CR531', at: 'endings[0]', reason: 'Meant so' };
    const capped = analyze({ ...scenario, allowances: [forgiven] }, { maxStates: 3, witnessRuns: 10 });
    expect(capped.complete).toBe(false);
    expect(capped.staleAllowances).toEqual([]);
  });
});
