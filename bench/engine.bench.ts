/**
 * Steps per second of the pure `step` (on GameStates, and on packed states as the analysis runs
 * it) and of the xstate actor on every shipped scenario, on the same recorded random
 * playthroughs, and the ratios between them measured in the same run. Each
 * playthrough starts with `initial(seed)` (or a new actor); only the events after it count as steps.
 * Then terminal play along long generated chains, and how its time grows (long-chain.ts).
 * Run: npm run bench:engine
 */
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createActor } from 'xstate';
import { compileRules, createScenarioMachine, type EngineEvent, type Rules } from '../src/engine/index';
import { packedRules } from '../src/engine/packed';
import { loadScenario, type Scenario } from '../src/scenario/index';
import { benchLongChains } from './long-chain';

const PLAYTHROUGHS = 2000;
/** Each measurement runs this long; three alternating rounds, best of each kept (the machine is shared). */
const MIN_MS = 600;
const ROUNDS = 3;

/** Random complete playthroughs, recorded as their seeds and event lists. */
function record(rules: Rules): { seed: number; events: EngineEvent[] }[] {
  const runs: { seed: number; events: EngineEvent[] }[] = [];
  for (let seed = 0; seed < PLAYTHROUGHS; seed++) {
    const generator = xoroshiro128plus(seed);
    let state = rules.initial(seed).state;
    const events: EngineEvent[] = [];
    for (let count = 0; count < 200 && state.ending === null; count++) {
      const offered = rules.available(state);
      const event: EngineEvent = rules.beat(state.beat).decision
        ? { type: 'player.choose', choice: offered[uniformInt(generator, 0, Math.max(0, offered.length - 1))]?.id ?? '' }
        : { type: 'player.continue' };
      const result = rules.step(state, event);
      if (!result.accepted) break;
      events.push(event);
      state = result.state;
    }
    runs.push({ seed, events });
  }
  return runs;
}

/** Repeats `round` until MIN_MS has passed; returns steps per second. */
function measure(round: () => number): number {
  round(); // warm up
  let steps = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    steps += round();
    elapsed = performance.now() - start;
  }
  return (steps / elapsed) * 1000;
}

function bench(file: string, scenario: Scenario): void {
  const rules = compileRules(scenario);
  const quiet = compileRules(scenario, { notices: false });
  const machine = createScenarioMachine(scenario);
  const runs = record(rules);
  const total = runs.reduce((sum, run) => sum + run.events.length, 0);
  const viaStep = (engine: Rules) => () => {
    for (const run of runs) {
      let state = engine.initial(run.seed).state;
      for (const event of run.events) state = engine.step(state, event).state;
    }
    return total;
  };
  // The same events on packed states, in place (what the analysis runs): no GameState is built.
  const packed = packedRules(scenario);
  const store = packed.store();
  const viaPacked = () => {
    for (const run of runs) {
      packed.initial(store, run.seed);
      for (const event of run.events) packed.apply(store, event);
    }
    return total;
  };
  const viaActor = () => {
    for (const run of runs) {
      const actor = createActor(machine, { input: { seed: run.seed } }).start();
      for (const event of run.events) actor.send(event);
      actor.stop();
    }
    return total;
  };
  let stepRate = 0;
  let quietRate = 0;
  let actorRate = 0;
  let packedRate = 0;
  for (let round = 0; round < ROUNDS; round++) {
    stepRate = Math.max(stepRate, measure(viaStep(rules)));
    quietRate = Math.max(quietRate, measure(viaStep(quiet)));
    packedRate = Math.max(packedRate, measure(viaPacked));
    actorRate = Math.max(actorRate, measure(viaActor));
  }
  const format = (rate: number) => `${Math.round(rate).toLocaleString('en-US').padStart(11)} steps/s`;
  console.log(`${file}  (${runs.length} playthroughs, ${(total / runs.length).toFixed(1)} steps each)`);
  console.log(`  step                 ${format(stepRate)}`);
  console.log(`  step, no notices     ${format(quietRate)}`);
  console.log(`  packed step          ${format(packedRate)}`);
  console.log(`  xstate actor         ${format(actorRate)}`);
  console.log(`  step / actor         ${(stepRate / actorRate).toFixed(1)}x   (no notices: ${(quietRate / actorRate).toFixed(1)}x, packed: ${(packedRate / actorRate).toFixed(1)}x)`);
}

const names = readdirSync('scenarios').filter((name) => name.endsWith('.yaml') && !name.endsWith('.test.yaml')).sort();
for (const name of names) {
  const file = `scenarios/${name}`;
  const { scenario, diagnostics } = loadScenario(readFileSync(file, 'utf8'), { file });
  if (!scenario) {
    console.log(`${file}: skipped, ${diagnostics.filter((d) => d.severity === 'error').length} errors (run crisis-room check)`);
    continue;
  }
  bench(file, scenario);
}

benchLongChains();
