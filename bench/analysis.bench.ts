/**
 * `npm run bench:analysis`: the exhaustive analysis beside xstate's own graph traversal
 * (`getShortestPaths` from `xstate/graph`) on the scenario's xstate machine, keyed by the same
 * state key. Both must find the same number of states: an independent cross-check. First, 10,000
 * random playthroughs of a generated 60-decision scenario beside the same through the xstate actor.
 * Prints figures; asserts only the cross-check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { analyze, createStateKey, generateScenario, randomTest } from '../src/analysis/index';
import { compileRules, createScenarioMachine } from '../src/engine/index';
import type { EngineEvent } from '../src/engine/types';
import { loadScenario } from '../src/scenario/index';
import { beatById, nextBeats } from '../src/scenario/lookup';
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
    events: (snapshot): EngineEvent[] => {
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

const ROUNDS = { ours: 5, theirs: 3 };
const WARM_UP_MS = 2_000;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Runs `run` until at least WARM_UP_MS have passed and it ran twice, the same wall time for both
 * sides: a 50 ms analysis reaches its steady speed only after a dozen runs, while one of xstate's
 * multi-second traversals is warm after its first.
 */
function warmUp(run: () => unknown): void {
  const start = performance.now();
  for (let runs = 0; runs < 2 || performance.now() - start < WARM_UP_MS; runs++) run();
}

/**
 * Each side warmed up (for two seconds, and at least twice) and then timed, on the same scenario
 * object, ours five times and xstate's three; the ratio is of the medians. A single run of either
 * side is dominated by the JIT and by whatever else the shared machine is doing.
 */
function compare(name: string, scenario: Scenario): void {
  const checked = scenario.triggers.some((t) => t.chance < 1) ? certain(scenario) : scenario;
  const real = time(() => analyze(scenario));
  const ours: number[] = [];
  const theirs: number[] = [];
  let oursStates = 0;
  let theirStates = 0;
  // Each side is timed right after its own warm-up, so neither starts with the other's garbage
  // still to collect (xstate leaves hundreds of megabytes of it).
  warmUp(() => analyze(checked));
  for (let round = 0; round < ROUNDS.ours; round++) {
    const run = time(() => analyze(checked));
    ours.push(run.ms);
    oursStates = run.value.states;
  }
  warmUp(() => xstateStates(checked));
  for (let round = 0; round < ROUNDS.theirs; round++) {
    const other = time(() => xstateStates(checked));
    theirs.push(other.ms);
    theirStates = other.value;
  }
  const same = oursStates === theirStates;
  const [oursMs, theirsMs] = [median(ours), median(theirs)];
  const range = (values: number[]): string => `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}`;
  console.log(
    `${name.padEnd(28)} analyze ${String(real.value.states).padStart(8)} states ${real.ms.toFixed(0).padStart(7)} ms | ` +
      `cross-check${checked === scenario ? '' : ' (chance made certain)'}: ours ${oursStates} in ${oursMs.toFixed(0)} ms (${range(ours)}), ` +
      `xstate getShortestPaths ${theirStates} in ${theirsMs.toFixed(0)} ms (${range(theirs)}): ${same ? 'equal' : 'DIFFERENT'}, ` +
      `${(theirsMs / oursMs).toFixed(1)}x faster (${((oursMs * 1000) / oursStates).toFixed(2)} vs ${((theirsMs * 1000) / theirStates).toFixed(1)} µs a state; medians of ${ROUNDS.ours} and ${ROUNDS.theirs} runs after a warm-up)`,
  );
  if (!same) process.exitCode = 1;
}

/**
 * The scenario cut after its first `depth` beats (by distance from the start): choices of the
 * beats at that depth end the exercise. A real scenario whose whole space is too large for
 * xstate's traversal is compared on such a prefix.
 */
function prefix(scenario: Scenario, depth: number): Scenario {
  const distance = new Map([[scenario.start, 0]]);
  const queue = [scenario.start];
  for (const id of queue) {
    for (const next of nextBeats(beatById(scenario, id)!)) {
      if (next === 'end' || distance.has(next)) continue;
      distance.set(next, distance.get(id)! + 1);
      queue.push(next);
    }
  }
  const cut = (id: string): boolean => (distance.get(id) ?? Infinity) >= depth - 1;
  return {
    ...scenario,
    beats: scenario.beats.map((beat) =>
      !cut(beat.id)
        ? beat
        : { ...beat, next: beat.decision ? undefined : 'end', ...(beat.decision ? { decision: { ...beat.decision, choices: beat.decision.choices.map((c) => ({ ...c, next: 'end' })) } } : {}) },
    ),
    triggers: scenario.triggers.map(({ goto: _goto, ...trigger }) => trigger),
  };
}

/**
 * Random playthroughs first, in a fresh process, before the analyses fill the heap. The baseline,
 * in the same run, is the same kind of uniform random playthrough driven through the scenario's
 * xstate actor (1,000 runs, scaled to 10,000).
 */
function actorPlaythroughs(scenario: Scenario, runs: number, seed: number): number {
  const machine = createScenarioMachine(scenario);
  const rules = compileRules(scenario, { notices: false });
  const rng = xoroshiro128plus(seed);
  let finished = 0;
  for (let run = 0; run < runs; run++) {
    const actor = createActor(machine, { input: { seed: uniformInt(rng, 0, 0x7fffffff) } }).start();
    for (let steps = 0; steps < 10_000; steps++) {
      const game = actor.getSnapshot().context.game;
      if (game.ending !== null) {
        finished++;
        break;
      }
      const offered = rules.available(game);
      if (rules.beat(game.beat).decision) actor.send({ type: 'player.choose', choice: offered[uniformInt(rng, 0, offered.length - 1)]!.id });
      else actor.send({ type: 'player.continue' });
    }
    actor.stop();
  }
  return finished;
}

const sixty = generateScenario({ decisions: 60 });
randomTest(sixty, { runs: 200, seed: 1 }); // warm up
actorPlaythroughs(sixty, 50, 1);
const actorRuns = time(() => actorPlaythroughs(sixty, 1_000, 1));
const actorTenThousand = actorRuns.ms * 10;
// The machine is shared: three rounds, wall and CPU time each.
for (let round = 1; round <= 3; round++) {
  const cpu = process.cpuUsage();
  const random = time(() => randomTest(sixty, { runs: 10_000, seed: 1 }));
  const used = process.cpuUsage(cpu);
  const steps = 10_000 * 60;
  console.log(
    `randomtest round ${round}: 10,000 playthroughs of a 60-decision scenario in ${random.ms.toFixed(0)} ms wall, ` +
      `${((used.user + used.system) / 1000).toFixed(0)} ms CPU (${((random.ms * 1000) / steps).toFixed(2)} µs a step); failed ${random.value.failed}; ` +
      `through the xstate actor: ${actorTenThousand.toFixed(0)} ms (1,000 runs x 10), ${(actorTenThousand / random.ms).toFixed(1)}x slower`,
  );
}

const SHIPPED_CAP = 100_000;
const dir = join(import.meta.dirname, '..', 'scenarios');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml')).sort()) {
  const { scenario, diagnostics } = loadScenario(readFileSync(join(dir, file), 'utf8'), { file });
  if (!scenario) {
    console.log(`${file}: does not load (${diagnostics.filter((d) => d.severity === 'error').length} errors); skipped`);
    continue;
  }
  const whole = time(() => analyze(scenario, { maxStates: SHIPPED_CAP }));
  console.log(
    `${file.padEnd(28)} analyze ${whole.value.complete ? 'complete' : `partial (cap ${SHIPPED_CAP.toLocaleString('en-US')})`}: ${whole.value.states} states in ${whole.ms.toFixed(0)} ms; ` +
      `endings reachable ${whole.value.endings.filter((e) => e.reachable).length}/${whole.value.endings.length}${whole.value.witnessRuns ? ` (with ${whole.value.witnessRuns} sampled runs)` : ''}`,
  );
  for (const depth of [4, 6]) compare(`${file}, first ${depth} beats`, prefix(scenario, depth));
  if (whole.value.complete) compare(file, scenario);
}
for (const decisions of [8, 12, 40, 60]) compare(`generated, ${decisions} decisions`, generateScenario({ decisions }));

