/**
 * `npm run bench:analysis`: the exhaustive analysis beside xstate's own graph traversal
 * (`getShortestPaths` from `xstate/graph`) on the scenario's xstate machine, keyed by the same
 * state key. Both must find the same number of states: an independent cross-check. Then 10,000
 * random playthroughs of a generated 60-decision scenario. Prints figures; asserts only the
 * cross-check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getShortestPaths } from 'xstate/graph';
import { analyze, createStateKey, generateScenario, randomTest } from '../src/analysis/index';
import { compileRules, createScenarioMachine } from '../src/engine/index';
import type { EngineEvent } from '../src/engine/types';
import { loadScenario } from '../src/scenario/index';
import type { Scenario } from '../src/scenario/types';

const time = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

/**
 * xstate's traversal follows one outcome per chance roll (the generator's), while the analysis
 * explores both; for the cross-check both run on the scenario with every chance made certain.
 */
const certain = (scenario: Scenario): Scenario => ({ ...scenario, triggers: scenario.triggers.map((t) => ({ ...t, chance: 1 })) });

function xstateStates(scenario: Scenario): number {
  const machine = createScenarioMachine(scenario);
  const rules = compileRules(scenario, { notices: false });
  const keyOf = createStateKey(scenario);
  const paths = getShortestPaths(machine, {
    input: { seed: 0 },
    events: (snapshot) => {
      const game = snapshot.context.game;
      if (game.ending !== null) return [];
      const beat = rules.beat(game.beat);
      if (beat.decision) return rules.available(game).map((choice): EngineEvent => ({ type: 'player.choose', choice: choice.id }));
      return beat.next === undefined ? [] : [{ type: 'player.continue' }];
    },
    serializeState: (snapshot) => keyOf(snapshot.context.game),
  });
  return paths.length;
}

function compare(name: string, scenario: Scenario): void {
  const real = time(() => analyze(scenario));
  const checked = scenario.triggers.some((t) => t.chance < 1) ? certain(scenario) : scenario;
  const ours = checked === scenario ? real : time(() => analyze(checked));
  const theirs = time(() => xstateStates(checked));
  const same = ours.value.states === theirs.value;
  console.log(
    `${name.padEnd(28)} analyze ${String(real.value.states).padStart(8)} states ${real.ms.toFixed(0).padStart(7)} ms | ` +
      `cross-check${checked === scenario ? '' : ' (chance made certain)'}: ours ${ours.value.states} in ${ours.ms.toFixed(0)} ms, ` +
      `xstate getShortestPaths ${theirs.value} in ${theirs.ms.toFixed(0)} ms: ${same ? 'equal' : 'DIFFERENT'}, ` +
      `${(theirs.ms / ours.ms).toFixed(1)}x faster`,
  );
  if (!same) process.exitCode = 1;
}

const dir = join(import.meta.dirname, '..', 'scenarios');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml')).sort()) {
  const { scenario, diagnostics } = loadScenario(readFileSync(join(dir, file), 'utf8'), { file });
  if (!scenario) {
    console.log(`${file}: does not load (${diagnostics.filter((d) => d.severity === 'error').length} errors); skipped`);
    continue;
  }
  compare(file, scenario);
}
// xstate's traversal costs about a millisecond a state here, so the side-by-side stops at a few
// thousand states; the larger generated scenarios run through the analysis alone.
for (const decisions of [8, 12]) compare(`generated, ${decisions} decisions`, generateScenario({ decisions }));
for (const decisions of [40, 60]) {
  const alone = time(() => analyze(generateScenario({ decisions })));
  console.log(`generated, ${decisions} decisions`.padEnd(28) + ` analyze ${String(alone.value.states).padStart(8)} states ${alone.ms.toFixed(0).padStart(7)} ms, ${alone.value.paths.total?.toLocaleString('en-US')} playthroughs (xstate not run: too slow at this size)`);
}

const sixty = generateScenario({ decisions: 60 });
randomTest(sixty, { runs: 200, seed: 1 }); // warm up
const random = time(() => randomTest(sixty, { runs: 10_000, seed: 1 }));
const steps = 10_000 * 60;
console.log(`randomtest: 10,000 playthroughs of a 60-decision scenario in ${random.ms.toFixed(0)} ms (${((random.ms * 1000) / steps).toFixed(2)} µs a step); failed ${random.value.failed}`);
