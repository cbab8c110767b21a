import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario, type SourcePositions } from '../../../src/scenario/index';

/** `tests/fixtures/analysis/design/<name>.yaml`, with the loader's positions; fails on any error. */
export function loadDesignFixture(name: string): { scenario: Scenario; positions: SourcePositions; file: string } {
  const file = fileURLToPath(new URL(`../../fixtures/analysis/design/${name}.yaml`, import.meta.url));
  const { scenario, diagnostics, positions } = loadScenario(readFileSync(file, 'utf8'), { file: `${name}.yaml` });
  if (!scenario || !positions) throw new Error(`fixture ${name}: ${diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  return { scenario, positions, file };
}

/** The scenario with every decision's order fixed (the `order: fixed` of the choice-order work). */
export function withFixedOrder(scenario: Scenario): Scenario {
  return { ...scenario, beats: scenario.beats.map((beat) => (beat.decision ? { ...beat, decision: { ...beat.decision, order: 'fixed' as const } } : beat)) };
}
