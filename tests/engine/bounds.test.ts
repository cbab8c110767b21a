import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimBounds, visitBounds } from '../../src/engine/bounds';
import { compile } from '../../src/engine/compiled';
import { layoutOf } from '../../src/engine/layout';
import { loadScenario, type Scenario } from '../../src/scenario/index';
import { loadFixture } from './load-fixture';

const load = (path: string): Scenario => loadScenario(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'), { file: path }).scenario!;

describe('bounds on the counts a team can reach', () => {
  it('enters a beat off every loop at most once more than there are trigger gotos', () => {
    const scenario = loadFixture('triggers');
    const gotos = scenario.triggers.filter((trigger) => trigger.goto !== undefined).length;
    expect(gotos).toBe(1);
    expect(visitBounds(scenario)).toEqual(scenario.beats.map(() => 2));
  });

  it('gives a beat on a loop no bound', () => {
    const scenario = load('../fixtures/analysis/loop.yaml');
    expect(visitBounds(scenario)).toEqual([Infinity]);
  });

  it('bounds claims of a kind by the visits of the beats whose choices make them', () => {
    const scenario = loadFixture('claims');
    const compiled = compile(scenario);
    const bounds = claimBounds(compiled, visitBounds(scenario));
    // One beat claims, once per visit, one kind per choice: at most one claim of each kind.
    expect(bounds).toEqual(compiled.claimKinds.map(() => 1));
    expect(claimBounds(compiled, scenario.beats.map(() => Infinity))).toEqual(compiled.claimKinds.map(() => Infinity));
  });

  it('packs hours like 0.75 in quarter hours, and a count with a bound in bits', () => {
    const layout = layoutOf(load('../../scenarios/deepfake_ceo.yaml'));
    expect(layout.time.unit).toBe(1 / 4);
    expect(layout.time.mask).toBeGreaterThan(0);
    for (const since of layout.deadlineSince) expect(since.unit).toBe(1 / 4);
    for (const visits of layout.visits) if (visits) expect(visits.mask).toBeGreaterThan(0);
  });
});
