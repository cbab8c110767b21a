/**
 * Plays one surface strategy through the engine's real rules (the analysis's packed `step`),
 * following every chance outcome, up to a bound. The surface strategies (strategies.ts) play it
 * from the start; the corrected strategies (corrected.ts) play it on from a state where one
 * decision was put right.
 */
import { DECISION_POINTS, ENDING_POINTS, objectivesScore, overallScore } from '../../debrief/score';
import { readField } from '../../engine/layout';
import type { Scenario } from '../../scenario/types';
import { movesWithoutLoop } from '../../engine/step-limit';
import type { Branch, Brancher } from './branches';
import { SCORE_MARGIN, STRATEGY_PLAYTHROUGHS } from './thresholds';
import type { StrategyRun } from './types';

/** Moves after which a playthrough is taken for a loop, at the least (see `play`). */
const MAX_DEPTH = 1_000;

/** Picks one of the offered choices (indices, in file order) in a state. */
export type Pick = (state: Float64Array, offered: readonly number[]) => number;

/** A route as a shared list, newest first: a step adds one cell instead of copying the route. */
export interface Trail {
  readonly id: string;
  readonly before: Trail | null;
}
const listed = (trail: Trail | null): string[] => {
  const out: string[] = [];
  for (let at = trail; at !== null; at = at.before) out.push(at.id);
  return out.reverse();
};

/** A playthrough under way: its state and what it took to get there. */
export interface Walk {
  readonly state: Float64Array;
  readonly route: Trail | null;
  /** Decisions taken. */
  readonly length: number;
  readonly rolls: Trail | null;
  /** The debrief's points of the decisions taken. */
  readonly points: number;
  readonly depth: number;
}

/** The walks after one step of `walk`, one per chance outcome (`choice` null for Continue). */
export function stepWalk(brancher: Brancher, walk: Walk, choice: number | null, branches: readonly Branch[] = brancher.step(walk.state, choice)): Walk[] {
  const taken = choice === null ? null : brancher.packed.compiled.choiceList[choice]!;
  return branches.map((branch) => ({
    state: branch.state,
    route: taken ? { id: taken.id, before: walk.route } : walk.route,
    length: walk.length + (taken ? 1 : 0),
    rolls: branch.rolls ? { id: branch.rolls, before: walk.rolls } : walk.rolls,
    points: walk.points + (taken ? DECISION_POINTS[taken.rating] : 0),
    depth: walk.depth + 1,
  }));
}

/** The walks at the start, one per chance outcome of entering the start beat. */
export function startWalks(brancher: Brancher): Walk[] {
  return brancher.initial().map((root): Walk => ({ state: root.state, route: null, length: 0, rolls: root.rolls ? { id: root.rolls, before: null } : null, points: 0, depth: 0 }));
}

export interface PlayOptions {
  /** Collects, per beat (by index), the first state met there. */
  readonly seen?: Map<number, Float64Array>;
  /** Hears every decision the strategy takes, before it is stepped. */
  readonly decided?: (walk: Walk, offered: readonly number[], choice: number) => void;
  /** Stops the play once this says so of a finished playthrough (after adding it). */
  readonly enough?: (run: StrategyRun) => boolean;
  /** The rubric's score of end states met before, by their key slots: plays that share it score each once. */
  readonly objectives?: Map<string, number>;
}

/** The state's key slots as text: two states with the same key are the same to every rule. */
export const keyOf = (state: Float64Array, width: number): string => state.subarray(0, width).join(',');

/**
 * Plays `pick` from `starts` to the end of every chance outcome, up to STRATEGY_PLAYTHROUGHS
 * playthroughs. Depth first with its own stack, not recursion, so a chain of thousands of beats is
 * played to its end. A playthrough longer than any that does not loop (each beat once between
 * trigger gotos) is taken for a loop, stopped, and reported stuck.
 */
export function play(scenario: Scenario, brancher: Brancher, pick: Pick, starts: readonly Walk[], options: PlayOptions = {}): StrategyRun[] {
  const { packed } = brancher;
  const { layout } = packed;
  const maxDepth = Math.max(MAX_DEPTH, movesWithoutLoop(scenario));
  const runs: StrategyRun[] = [];
  let stop = false;
  const cache = options.objectives;
  const scored = (state: Float64Array): number => {
    if (!cache) return objectivesScore(scenario, packed.unpack(state));
    const key = keyOf(state, layout.keyWidth);
    let points = cache.get(key);
    if (points === undefined) {
      points = objectivesScore(scenario, packed.unpack(state));
      cache.set(key, points);
    }
    return points;
  };
  const end = (walk: Walk): void => {
    const { state, points } = walk;
    const ending = readField(state, 0, layout.ending);
    const found = ending >= 0 ? scenario.endings[ending]! : null;
    const decisions = walk.length === 0 ? 0 : points / walk.length;
    const objectives = found ? scored(state) : 0;
    const run = { ending: found?.id ?? null, tone: found?.tone ?? null, score: overallScore(decisions, objectives, found ? ENDING_POINTS[found.tone] : 0), route: listed(walk.route), rolls: listed(walk.rolls) };
    runs.push(run);
    if (options.enough?.(run)) stop = true;
  };
  // Pushed in reverse, so outcomes are played in the order the stepper gives them.
  const stack: Walk[] = [...starts].reverse();
  const most = STRATEGY_PLAYTHROUGHS;
  while (stack.length > 0 && runs.length < most && !stop) {
    const walk = stack.pop()!;
    const { state } = walk;
    if (readField(state, 0, layout.ending) >= 0 || walk.depth > maxDepth) {
      end(walk);
      continue;
    }
    const beat = readField(state, 0, layout.beat);
    if (options.seen && !options.seen.has(beat)) options.seen.set(beat, state);
    let choice: number | null = null;
    if (brancher.decides(state)) {
      const offered = brancher.offered(state);
      if (offered.length === 0) {
        end(walk);
        continue;
      }
      choice = pick(state, offered);
      options.decided?.(walk, offered, choice);
    } else if (!brancher.continues(state)) {
      end(walk);
      continue;
    }
    const next = stepWalk(brancher, walk, choice);
    if (next.length === 0) {
      end(walk);
      continue;
    }
    for (let at = next.length - 1; at >= 0; at--) stack.push(next[at]!);
  }
  return runs;
}

const GOOD = new Set(['best', 'good']);

/** Whether a playthrough wins: a good or best ending, or a score within the margin of the best. */
export const winning = (run: StrategyRun, bestScore: number | null): boolean =>
  (run.tone !== null && GOOD.has(run.tone)) || (bestScore !== null && run.ending !== null && run.score >= bestScore - SCORE_MARGIN);

/** Runs compare by the ending's tone first, then by score (a stuck run is below every ending). */
export const rank = (run: StrategyRun): number => (run.tone === null ? -1 : ENDING_POINTS[run.tone]) * 1000 + run.score;
