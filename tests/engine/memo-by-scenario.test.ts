import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoByScenario } from '../../src/engine/memo-by-scenario';
import { compile } from '../../src/engine/compiled';
import { createScenarioMachine } from '../../src/engine/machine';
import { layoutOf } from '../../src/engine/layout';
import { packedRules } from '../../src/engine/packed';
import { loadScenario, type Scenario } from '../../src/scenario/index';

const SOURCE = readFileSync(new URL('../fixtures/engine/memo-by-scenario.yaml', import.meta.url), 'utf8');

function load(): Scenario {
  const { scenario, diagnostics } = loadScenario(SOURCE, { file: 'memo-by-scenario.yaml' });
  if (!scenario) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return scenario;
}

describe('memoByScenario', () => {
  it('builds once per scenario object and again for another object', () => {
    const built: Scenario[] = [];
    const titleOf = memoByScenario((scenario) => {
      built.push(scenario);
      return { title: scenario.meta.title };
    });
    const first = load();
    const second = load();
    expect(titleOf(first)).toBe(titleOf(first));
    expect(titleOf(second)).not.toBe(titleOf(first));
    expect(built).toEqual([first, second]);
  });

  it('gives every caller the same machine, rules, indexes and layout of one scenario', () => {
    const scenario = load();
    for (const derive of [createScenarioMachine, packedRules, compile, layoutOf] as const) {
      expect(derive(scenario), derive.name).toBe(derive(scenario));
      expect(derive(load()), derive.name).not.toBe(derive(scenario));
    }
  });
});
