import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario } from '../../src/scenario/index';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every shipped scenario (scenarios/*.yaml, not the *.test.yaml plans). Loading is lazy, so a
 * scenario with errors fails its own test case rather than the whole file.
 */
export function shippedScenarios(): { file: string; scenario: () => Scenario }[] {
  const names = readdirSync(`${root}scenarios`).filter((name) => name.endsWith('.yaml') && !name.endsWith('.test.yaml')).sort();
  return names.map((name) => {
    const file = `scenarios/${name}`;
    return {
      file,
      scenario: () => {
        const { scenario, diagnostics } = loadScenario(readFileSync(`${root}${file}`, 'utf8'), { file });
        if (!scenario) throw new Error(`${file} does not load: ${diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
        return scenario;
      },
    };
  });
}

/** The engine's own fixtures, so the agreement tests cover every construct even before scenarios ship. */
export function engineFixtures(): { file: string; scenario: () => Scenario }[] {
  const dir = `${root}tests/fixtures/engine`;
  return readdirSync(dir).filter((name) => name.endsWith('.yaml') && !name.endsWith('.test.yaml')).sort().map((name) => {
    const file = `tests/fixtures/engine/${name}`;
    const { scenario, diagnostics } = loadScenario(readFileSync(`${root}${file}`, 'utf8'), { file });
    if (!scenario) throw new Error(`${file}: ${diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
    return { file, scenario: () => scenario };
  });
}
