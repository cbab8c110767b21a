import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { packedRules } from '../engine/packed';
import type { Refusal } from '../engine/refusal';
import { stepLimit } from '../engine/step-limit';
import type { Scenario } from '../scenario/types';
import { pickLeastUsed } from './least-used';
import { choiceEvents, playThrough, type Player, type PlaythroughEnd } from './playthrough';

export type Strategy = 'uniform' | 'least-used';

export interface RandomTestOptions {
  readonly runs: number;
  readonly seed: number;
  /** `uniform` picks any offered choice; `least-used` the one taken least so far (ChoiceScript's randomtest). */
  readonly strategy?: Strategy;
  /** A run with more steps than this counts as failed (default `stepLimit`: at least 10,000, and more than a loop-free run can take). */
  readonly maxSteps?: number;
}

/** Why a run did not reach an ending, as data: the CLI words it in the reader's language. */
export type RunFailure =
  | { readonly kind: 'tooLong'; readonly steps: number }
  | { readonly kind: 'noChoice' | 'noNext'; readonly beat: string }
  | { readonly kind: 'refused'; readonly refusal: Refusal }
  | { readonly kind: 'noEnding' };

/** A run's failure in English, as the logs and the JSON report keep it. */
export function runFailureText(cause: RunFailure): string {
  switch (cause.kind) {
    case 'tooLong':
      return `no ending within ${cause.steps} steps`;
    case 'noChoice':
      return `dead end: no choice is available at beat '${cause.beat}'`;
    case 'noNext':
      return `dead end: beat '${cause.beat}' has neither a decision nor a next beat`;
    case 'refused':
      return `refused: ${cause.refusal.text}`;
    case 'noEnding':
      return 'no ending';
  }
}

/** A run that did not reach an ending, with what reproduces it. */
export interface FailedRun {
  readonly run: number;
  /** The seed the run's engine session used (`initial(seed)`). */
  readonly seed: number;
  /** Why, in English (`runFailureText(cause)`). */
  readonly reason: string;
  readonly cause: RunFailure;
  readonly beat: string;
  /** The choices taken, in order; Continues are implied. */
  readonly choices: readonly string[];
}

export interface Percentiles {
  readonly min: number;
  readonly p10: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly p90: number;
  readonly max: number;
  readonly mean: number;
}

export interface RandomTestReport {
  readonly scenario: string;
  readonly runs: number;
  readonly seed: number;
  readonly strategy: Strategy;
  readonly endings: readonly { readonly id: string; readonly runs: number; readonly share: number }[];
  /** Each meter's distribution at the end of the runs. */
  readonly meters: Readonly<Record<string, Percentiles>>;
  readonly beats: { readonly covered: number; readonly total: number; readonly unvisited: readonly string[] };
  readonly choices: { readonly covered: number; readonly total: number; readonly unchosen: readonly string[] };
  readonly failed: number;
  /** The first failures (at most 20), each with the choices that reproduce it. */
  readonly failures: readonly FailedRun[];
}

/** Nearest-rank percentile of sorted values. */
function rank(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

function percentiles(values: Float64Array): Percentiles {
  const sorted = values.slice().sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    min: sorted[0] ?? 0,
    p10: rank(sorted, 0.1),
    p25: rank(sorted, 0.25),
    median: rank(sorted, 0.5),
    p75: rank(sorted, 0.75),
    p90: rank(sorted, 0.9),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.length === 0 ? 0 : Math.round((sum / sorted.length) * 100) / 100,
  };
}


/**
 * Seeded random playthroughs through the engine's pure rules (on packed states: the same moves as
 * a session, without the history a session keeps). The same options give the same report: one
 * pure-rand generator seeded with `seed` picks every choice and each run's engine seed (which
 * drives trigger chances and inject variants).
 */
export function randomTest(scenario: Scenario, options: RandomTestOptions): RandomTestReport {
  const strategy = options.strategy ?? 'uniform';
  const maxSteps = options.maxSteps ?? stepLimit(scenario);
  const packed = packedRules(scenario);
  const { layout } = packed;
  const store = packed.store();
  const entered = new Uint8Array(scenario.beats.length);
  store.entered = entered;
  const events = choiceEvents(packed);
  const rng = xoroshiro128plus(options.seed);
  const used = new Map<string, number>();
  const endingRuns = new Int32Array(scenario.endings.length);
  const finals = scenario.meters.map(() => new Float64Array(options.runs));
  const failures: FailedRun[] = [];
  const taken: string[] = [];
  let failed = 0;

  const player: Player = {
    pick: (offered) => {
      const id = strategy === 'uniform' ? offered[uniformInt(rng, 0, offered.length - 1)]!.id : pickLeastUsed(offered, used, rng);
      used.set(id, (used.get(id) ?? 0) + 1);
      taken.push(id);
      return id;
    },
  };
  const causeOf = (end: PlaythroughEnd): RunFailure | null => {
    switch (end.kind) {
      case 'ending':
        return null;
      case 'too-long':
        return { kind: 'tooLong', steps: maxSteps };
      case 'no-choice':
        return { kind: 'noChoice', beat: scenario.beats[end.beat]!.id };
      case 'no-next':
        return { kind: 'noNext', beat: scenario.beats[end.beat]!.id };
      case 'refused':
        return { kind: 'refused', refusal: end.refusal };
    }
  };

  for (let run = 0; run < options.runs; run++) {
    const seed = uniformInt(rng, 0, 0x7fffffff);
    taken.length = 0;
    const failure = causeOf(playThrough(packed, store, seed, events, maxSteps, player));
    for (let index = 0; index < layout.meters.length; index++) finals[index]![run] = store.meter(index);
    const ending = store.ending();
    if (failure === null && ending >= 0) endingRuns[ending]!++;
    else {
      failed++;
      const cause: RunFailure = failure ?? { kind: 'noEnding' };
      if (failures.length < 20) failures.push({ run, seed, reason: runFailureText(cause), cause, beat: scenario.beats[store.beat()]!.id, choices: [...taken] });
    }
  }

  const allChoices = scenario.beats.flatMap((beat) => beat.decision?.choices.map((choice) => choice.id) ?? []);
  const unvisited = scenario.beats.filter((_beat, index) => entered[index] === 0).map((beat) => beat.id);
  const unchosen = allChoices.filter((id) => !used.has(id));
  return {
    scenario: scenario.meta.id,
    runs: options.runs,
    seed: options.seed,
    strategy,
    endings: scenario.endings.map((ending, index) => {
      const runs = endingRuns[index]!;
      return { id: ending.id, runs, share: options.runs === 0 ? 0 : Math.round((runs / options.runs) * 10_000) / 10_000 };
    }),
    meters: Object.fromEntries(scenario.meters.map((meter, index) => [meter.id, percentiles(finals[index]!)])),
    beats: { covered: scenario.beats.length - unvisited.length, total: scenario.beats.length, unvisited },
    choices: { covered: allChoices.length - unchosen.length, total: allChoices.length, unchosen },
    failed,
    failures,
  };
}
