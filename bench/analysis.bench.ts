/**
 * `npm run bench:analysis`: the exhaustive analysis beside xstate's own graph traversal
 * (`getShortestPaths` from `xstate/graph`) on the scenario's xstate machine, keyed by the same
 * state key. Both must find the same number of states: an independent cross-check. Our side is
 * timed twice: the whole analysis, and its traversal alone (`explore`), the like-for-like
 * counterpart of xstate's traversal; the difference is what the analysis adds on top (routes,
 * scores, condition findings, the design review). First, 10,000
 * random playthroughs of a generated 60-decision scenario beside the same through the xstate actor.
 * Prints figures; asserts only the cross-check.
 *
 * The two sides of each comparison run one after the other in this process, each in a fresh
 * worker thread (analysis-comparison.ts), with a V8 isolate, heap and compiled code of its own, as
 * each runs in real use: `crisis-room analyze` analyses one scenario and never runs the machine.
 * Run in one isolate, the two slow each other down: they share the engine's moves (the machine's
 * actions call them on GameStates, the analysis on packed states), so that code is compiled for
 * both kinds of state, and the analysis's conditions for every scenario met before; that made the
 * analysis 10 to 35 per cent slower than it ever is for an instructor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createActor } from 'xstate';
import { generateScenario, randomTest } from '../src/analysis/index';
import { compileRules, createScenarioMachine } from '../src/engine/index';
import { loadScenario } from '../src/scenario/index';
import type { Scenario } from '../src/scenario/types';
import { SCENARIOS, type Answer, type Request, type Side, type Subject } from './analysis-comparison';

const time = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

/**
 * Runs one side of a comparison in a fresh worker thread (analysis-comparison.ts), and stops it:
 * each analysis then runs as `crisis-room analyze` runs it, in an isolate that has compiled the
 * rules for no other scenario, and each traversal likewise.
 */
async function run(side: Side, request: Request): Promise<Answer> {
  const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { module: new URL('./analysis-comparison.ts', import.meta.url).href, side } });
  try {
    return await new Promise<Answer>((resolve, reject) => {
      worker.once('message', resolve).once('error', reject);
      worker.postMessage(request);
    });
  } finally {
    await worker.terminate();
  }
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: readonly number[]): string => `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}`;

/**
 * One comparison: our side (warmed up for two seconds, then timed five times), then xstate's
 * (warmed up likewise, timed three times), never at the same time; the ratio is of the medians.
 * A single run of either side is dominated by the JIT and by whatever else the shared machine
 * is doing.
 */
async function compare(name: string, subject: Subject): Promise<boolean> {
  // The scenario as it is (chance left to chance), then the cross-check: each in a fresh worker.
  const { whole } = await run('ours', { subject, whole: {}, timed: false });
  const ours = await run('ours', { subject, timed: true });
  const traversal = await run('explore', { subject, timed: true });
  const theirs = await run('xstate', { subject, timed: true });
  const same = ours.states === theirs.states && traversal.states === theirs.states;
  const [oursMs, traversalMs, theirsMs] = [median(ours.times), median(traversal.times), median(theirs.times)];
  console.log(
    `${name.padEnd(28)} analyze ${String(whole?.states ?? '').padStart(8)} states ${(whole?.ms ?? 0).toFixed(0).padStart(7)} ms | ` +
      `cross-check${ours.certain ? ' (chance made certain)' : ''}: ours ${ours.states} in ${oursMs.toFixed(0)} ms (${range(ours.times)}), ` +
      `xstate getShortestPaths ${theirs.states} in ${theirsMs.toFixed(0)} ms (${range(theirs.times)}): ${same ? 'equal' : 'DIFFERENT'}, ` +
      `${(theirsMs / oursMs).toFixed(1)}x faster (${((oursMs * 1000) / ours.states).toFixed(2)} vs ${((theirsMs * 1000) / theirs.states).toFixed(1)} µs a state; medians of ${ours.times.length} and ${theirs.times.length} runs after a warm-up, each side in a fresh worker); traversal alone ${traversalMs.toFixed(0)} ms, ${(theirsMs / traversalMs).toFixed(1)}x faster; the rest of the analysis (routes, scores, findings, design review) ${Math.max(0, oursMs - traversalMs).toFixed(0)} ms`,
  );
  return same;
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
let agree = true;
for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml')).sort()) {
  const { scenario, diagnostics } = loadScenario(readFileSync(join(SCENARIOS, file), 'utf8'), { file });
  if (!scenario) {
    console.log(`${file}: does not load (${diagnostics.filter((d) => d.severity === 'error').length} errors); skipped`);
    continue;
  }
  // The scenario as it is, capped, in our worker: the analysis an instructor runs.
  const { whole } = await run('ours', { subject: { file }, whole: { cap: SHIPPED_CAP }, timed: false });
  if (!whole) continue;
  console.log(
    `${file.padEnd(28)} analyze ${whole.complete ? 'complete' : `partial (cap ${SHIPPED_CAP.toLocaleString('en-US')})`}: ${whole.states} states in ${whole.ms.toFixed(0)} ms; ` +
      `endings reachable ${whole.reachable}/${whole.endings}${whole.witnessRuns ? ` (with ${whole.witnessRuns} sampled runs)` : ''}`,
  );
  for (const depth of [4, 6]) agree = (await compare(`${file}, first ${depth} beats`, { file, depth })) && agree;
  if (whole.complete) agree = (await compare(file, { file })) && agree;
}
for (const decisions of [8, 12, 40, 60]) agree = (await compare(`generated, ${decisions} decisions`, { decisions })) && agree;
if (!agree) process.exitCode = 1;
