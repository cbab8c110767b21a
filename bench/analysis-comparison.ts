/**
 * One side of a bench:analysis comparison, run in a worker thread of its own (see
 * analysis.bench.ts): the exhaustive analysis, or xstate's `getShortestPaths` on the scenario's
 * machine with the same state key. The main thread sends what to build and run; the side builds
 * the scenario itself, warms up, times, and answers with the state count and the times.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { getShortestPaths } from 'xstate/graph';
import { analyze, createStateKey, generateScenario } from '../src/analysis/index';
import { explore } from '../src/analysis/explore';
import { compileRules, createScenarioMachine } from '../src/engine/index';
import type { EngineEvent } from '../src/engine/types';
import { loadScenario } from '../src/scenario/index';
import { beatById, nextBeats } from '../src/scenario/lookup';
import type { Scenario } from '../src/scenario/types';

/** What to compare on: a shipped scenario (whole, or cut after its first `depth` beats), or a generated one. */
export type Subject = { readonly file: string; readonly depth?: number } | { readonly decisions: number };

export interface Request {
  readonly subject: Subject;
  /** Our side: first time one analysis of the scenario as it is (chance not made certain), capped at `cap` (default: the analysis's own cap). */
  readonly whole?: { readonly cap?: number };
  /** Warm up and time the side on the scenario with chance made certain (the cross-check). */
  readonly timed: boolean;
}

export interface Answer {
  readonly states: number;
  readonly times: readonly number[];
  readonly certain: boolean;
  readonly whole?: { readonly states: number; readonly ms: number; readonly complete: boolean; readonly reachable: number; readonly endings: number; readonly witnessRuns: number | null };
}

/**
 * `ours`: the whole analysis (traversal, routes, scores, findings and the design review);
 * `explore`: its traversal alone, the like-for-like counterpart of xstate's `getShortestPaths`;
 * `xstate`: xstate's traversal.
 */
export type Side = 'ours' | 'explore' | 'xstate';

export const SCENARIOS = join(import.meta.dirname, '..', 'scenarios');

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
 * xstate's traversal follows one outcome per chance roll (the generator's), while the analysis
 * explores both; for the cross-check both run on the scenario with every chance made certain.
 */
const certain = (scenario: Scenario): Scenario => ({ ...scenario, triggers: scenario.triggers.map((t) => ({ ...t, chance: 1 })) });

export function build(subject: Subject): Scenario {
  if ('decisions' in subject) return generateScenario({ decisions: subject.decisions });
  const { scenario } = loadScenario(readFileSync(join(SCENARIOS, subject.file), 'utf8'), { file: subject.file });
  if (!scenario) throw new Error(`${subject.file} does not load`);
  return subject.depth === undefined ? scenario : prefix(scenario, subject.depth);
}

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

const ROUNDS: Record<Side, number> = { ours: 5, explore: 5, xstate: 3 };
const WARM_UP_MS = 2_000;

/**
 * Runs `run` until at least WARM_UP_MS have passed and it ran twice: a 50 ms analysis reaches its
 * steady speed only after a dozen runs, while one of xstate's multi-second traversals is warm
 * after its first.
 */
function warmUp(run: () => unknown): void {
  const start = performance.now();
  for (let runs = 0; runs < 2 || performance.now() - start < WARM_UP_MS; runs++) run();
}

export function answerFor(side: Side, request: Request): Answer {
  const scenario = build(request.subject);
  const checked = scenario.triggers.some((t) => t.chance < 1) ? certain(scenario) : scenario;
  let whole: Answer['whole'];
  if (side === 'ours' && request.whole) {
    const start = performance.now();
    const analysis = analyze(scenario, request.whole.cap === undefined ? {} : { maxStates: request.whole.cap });
    const ms = performance.now() - start;
    whole = { states: analysis.states, ms, complete: analysis.complete, reachable: analysis.endings.filter((e) => e.reachable).length, endings: analysis.endings.length, witnessRuns: analysis.witnessRuns };
  }
  const run =
    side === 'ours' ? (): number => analyze(checked).states : side === 'explore' ? (): number => explore(checked).count : (): number => xstateStates(checked);
  const times: number[] = [];
  let states = 0;
  if (request.timed) warmUp(run);
  for (let round = 0; request.timed && round < ROUNDS[side]; round++) {
    const start = performance.now();
    states = run();
    times.push(performance.now() - start);
  }
  return { states, times, certain: checked !== scenario, ...(whole ? { whole } : {}) };
}

if (parentPort && workerData && typeof workerData === 'object' && 'side' in workerData) {
  const side = (workerData as { side: Side }).side;
  const port = parentPort;
  port.on('message', (request: Request) => port.postMessage(answerFor(side, request)));
}
