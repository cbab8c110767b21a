import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario } from '../../src/scenario/index';

/** Loads `tests/fixtures/analysis/<name>.yaml`, failing loudly on any diagnostic error. */
export function loadFixture(name: string): Scenario {
  const file = fileURLToPath(new URL(`../fixtures/analysis/${name}.yaml`, import.meta.url));
  const { scenario, diagnostics } = loadScenario(readFileSync(file, 'utf8'), { file });
  if (!scenario) throw new Error(`fixture ${name}: ${diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  return scenario;
}
