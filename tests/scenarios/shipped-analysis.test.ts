/**
 * Every shipped scenario, analysed: every ending reachable, no beat or choice dead, no dead end.
 * Scenarios small enough are explored whole (exact); for larger ones the exploration stops at a
 * cap and seeded playthroughs must witness whatever it did not reach, which proves reachability
 * (a route is found), and the scenario's shape must prove that no team can get stuck.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, followChoices } from '../../src/analysis/index';
import { DEFAULT_MAX_STATES } from '../../src/analysis/explore';
import { compileRules } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/index';

const DIR = join(import.meta.dirname, '../../scenarios');
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.yaml') && !name.endsWith('.test.yaml')).sort();
// The same cap as `crisis-room analyze`, so the test proves what the CLI shows: hospital_ransomware
// (about 4.5 million states) and breach_33m stop at the cap and are witnessed.
const MAX_STATES = DEFAULT_MAX_STATES;

describe('shipped scenarios, analysed', () => {
  it('finds shipped scenarios', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  for (const file of FILES) {
    it(`${file}: every ending reachable, nothing dead`, { timeout: 300_000 }, () => {
      const { scenario, diagnostics } = loadScenario(readFileSync(join(DIR, file), 'utf8'), { file });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      if (!scenario) return;
      const analysis = analyze(scenario, { maxStates: MAX_STATES, witnessRuns: 50_000 });
      expect(analysis.unreachable).toEqual({ beats: [], choices: [], triggers: analysis.unreachable.triggers, endings: [] });
      expect(analysis.deadEnds).toEqual([]);
      expect(analysis.refusals).toEqual([]);
      if (analysis.complete) expect(analysis.noWayOut).toEqual([]);
      // Past the cap, only the scenario's shape can rule out dead ends: it must.
      else expect(analysis.alwaysEnds).toMatchObject({ proven: true });
      // Each route shown really reaches its ending (chance permitting: routes that rely on no roll).
      const rules = compileRules(scenario, { notices: false });
      for (const ending of analysis.endings) {
        if (ending.rolls.length > 0) continue;
        expect(followChoices(rules, ending.shortestPath ?? [], ending.seed ?? 1).state.ending, ending.id).toBe(ending.id);
      }
    });
  }
});
