/**
 * The static proof that every playthrough ends: what it accepts and refuses, and that it never
 * claims what the exhaustive analysis contradicts.
 */
import { describe, expect, it } from 'vitest';
import { analyze, generateScenario } from '../../src/analysis/index';
import { alwaysEnds } from '../../src/analysis/always-ends';
import type { Scenario } from '../../src/scenario/types';
import { loadFixture } from './load-fixture';

const FIXTURES = ['chance', 'dead', 'diamond', 'loop', 'paths-70'];

describe('alwaysEnds', () => {
  it('proves it for a scenario whose every decision has an unconditional choice', () => {
    expect(alwaysEnds(loadFixture('diamond'))).toMatchObject({ proven: true });
    expect(alwaysEnds(generateScenario({ decisions: 12 }))).toMatchObject({ proven: true });
  });

  it('refuses when the beats can loop', () => {
    expect(alwaysEnds(loadFixture('loop'))).toEqual({ proven: false, why: expect.stringMatching(/can loop/), words: { key: 'report.always.loop', values: { beat: expect.any(String) } } });
  });

  it('refuses when every choice of a decision has a condition', () => {
    const base = generateScenario({ decisions: 3 });
    const locked: Scenario = {
      ...base,
      beats: base.beats.map((beat, index) =>
        index !== 1 || !beat.decision
          ? beat
          : { ...beat, decision: { ...beat.decision, choices: beat.decision.choices.map((choice) => ({ ...choice, condition: base.beats[0]!.decision!.choices[0]!.condition ?? { source: 'trust > 0', expr: { kind: 'cmp', op: '>', left: { kind: 'ref', of: 'meter', id: 'trust' }, right: { kind: 'num', value: 0 } } } })) } },
      ),
    };
    expect(alwaysEnds(locked)).toEqual({ proven: false, why: expect.stringContaining(`beat '${base.beats[1]!.id}'`), words: { key: 'report.always.guarded', values: { beat: base.beats[1]!.id } } });
  });

  for (const name of FIXTURES) {
    it(`${name}: never contradicted by the exhaustive analysis`, () => {
      const analysis = analyze(loadFixture(name));
      expect(analysis.complete).toBe(true);
      if (analysis.alwaysEnds.proven) {
        expect(analysis.deadEnds).toEqual([]);
        expect(analysis.noWayOut).toEqual([]);
        expect(analysis.loops).toBe(false);
      }
    });
  }
  it('is not proven for the fixture with a dead end', () => {
    expect(alwaysEnds(loadFixture('dead')).proven).toBe(false);
  });
});
