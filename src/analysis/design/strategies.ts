/**
 * Surface strategies: ways to play that need no judgment (press the first option, pick the longest,
 * take whatever helps the meters now), played through the engine's real rules. Chance is not fixed
 * by a seed: every roll a strategy meets is followed both ways, and the report gives its worst and
 * best playthrough. A strategy that can reach a good or best ending, or score near the best, is a
 * finding: the scenario can be won without judging anything.
 */
import { DECISION_POINTS, ENDING_POINTS, objectivesScore, overallScore } from '../../debrief/score';
import { readField } from '../../engine/layout';
import type { DesignCodeId } from '../../scenario/design-codes';
import type { Scenario } from '../../scenario/types';
import { movesWithoutLoop } from '../loop-bound';
import type { Brancher } from './branches';
import { choiceLength, headlinesOf, immediateEffect, type Headline } from './measures';
import { SCORE_MARGIN, STRATEGY_PLAYTHROUGHS } from './thresholds';
import type { StrategyReport, StrategyRun } from './types';

/** Moves after which a playthrough is taken for a loop, at the least (see `play`). */
const MAX_DEPTH = 1_000;

/** Picks one of the offered choices (indices, in file order) in a state. */
type Pick = (state: Float64Array, offered: readonly number[]) => number;

interface Strategy {
  readonly strategy: string;
  readonly description: string;
  readonly code: DesignCodeId;
  readonly pick: Pick;
}

/** The offered choice with the highest value; ties go to the first in file order. */
function highest(offered: readonly number[], value: (choice: number) => number): number {
  let best = offered[0]!;
  let bestValue = value(best);
  for (const choice of offered.slice(1)) {
    const v = value(choice);
    if (v > bestValue) {
      best = choice;
      bestValue = v;
    }
  }
  return best;
}

function strategiesOf(scenario: Scenario, brancher: Brancher, heads: readonly Headline[]): Strategy[] {
  const choices = brancher.packed.compiled.choiceList;
  const lengths = choices.map((choice) => choiceLength(choice, scenario.languages[0]));
  const greedy = (weights: readonly number[]): Pick => (state, offered) =>
    highest(offered, (choice) => immediateEffect(brancher, state, choice, heads).reduce((sum, effect, at) => sum + weights[at]! * effect, 0));
  return [
    { strategy: 'always-first', description: 'always the first choice in file order', code: 'CR523', pick: (_state, offered) => offered[0]! },
    { strategy: 'always-longest', description: 'always the choice with the longest label and description', code: 'CR524', pick: (_state, offered) => highest(offered, (choice) => lengths[choice]!) },
    { strategy: 'always-shortest', description: 'always the choice with the shortest label and description', code: 'CR525', pick: (_state, offered) => highest(offered, (choice) => -lengths[choice]!) },
    {
      strategy: 'greedy-headline',
      description: `always the choice that does most for the headline meters right away (${heads.map((head) => head.meter.id).join(' + ')})`,
      code: 'CR526',
      pick: greedy(heads.map(() => 1)),
    },
    ...heads.map((head, at): Strategy => ({
      strategy: `greedy-${head.meter.id}`,
      description: `always the choice that does most for ${head.meter.id} right away`,
      code: 'CR527',
      pick: greedy(heads.map((_other, index) => (index === at ? 1 : 0))),
    })),
  ];
}

/** A route as a shared list, newest first: a step adds one cell instead of copying the route. */
interface Trail {
  readonly id: string;
  readonly before: Trail | null;
}
const listed = (trail: Trail | null): string[] => {
  const out: string[] = [];
  for (let at = trail; at !== null; at = at.before) out.push(at.id);
  return out.reverse();
};

/**
 * Plays one strategy from the start, following every chance outcome (up to a bound). Depth first
 * with its own stack, not recursion, so a chain of thousands of beats is played to its end. A
 * playthrough longer than any that does not loop (each beat once between trigger gotos) is taken
 * for a loop, stopped, and reported stuck.
 */
function play(scenario: Scenario, brancher: Brancher, pick: Pick, seen: Map<number, Float64Array>): StrategyRun[] {
  const { packed } = brancher;
  const { compiled, layout } = packed;
  const maxDepth = Math.max(MAX_DEPTH, movesWithoutLoop(scenario));
  const runs: StrategyRun[] = [];
  interface Walk {
    readonly state: Float64Array;
    readonly route: Trail | null;
    readonly length: number;
    readonly rolls: Trail | null;
    readonly points: number;
    readonly depth: number;
  }
  const end = (walk: Walk): void => {
    const { state, points } = walk;
    const ending = readField(state, 0, layout.ending);
    const found = ending >= 0 ? scenario.endings[ending]! : null;
    const decisions = walk.length === 0 ? 0 : points / walk.length;
    const objectives = found ? objectivesScore(scenario, packed.unpack(state)) : 0;
    runs.push({ ending: found?.id ?? null, tone: found?.tone ?? null, score: overallScore(decisions, objectives, found ? ENDING_POINTS[found.tone] : 0), route: listed(walk.route), rolls: listed(walk.rolls) });
  };
  // Pushed in reverse, so outcomes are played in the order the stepper gives them.
  const stack: Walk[] = brancher
    .initial()
    .map((root): Walk => ({ state: root.state, route: null, length: 0, rolls: root.rolls ? { id: root.rolls, before: null } : null, points: 0, depth: 0 }))
    .reverse();
  while (stack.length > 0 && runs.length < STRATEGY_PLAYTHROUGHS) {
    const walk = stack.pop()!;
    const { state } = walk;
    if (readField(state, 0, layout.ending) >= 0 || walk.depth > maxDepth) {
      end(walk);
      continue;
    }
    const beat = readField(state, 0, layout.beat);
    if (!seen.has(beat)) seen.set(beat, state);
    let choice: number | null = null;
    if (brancher.decides(state)) {
      const offered = brancher.offered(state);
      if (offered.length === 0) {
        end(walk);
        continue;
      }
      choice = pick(state, offered);
    } else if (!brancher.continues(state)) {
      end(walk);
      continue;
    }
    const branches = brancher.step(state, choice);
    if (branches.length === 0) {
      end(walk);
      continue;
    }
    const taken = choice === null ? null : compiled.choiceList[choice]!;
    for (let at = branches.length - 1; at >= 0; at--) {
      const branch = branches[at]!;
      stack.push({
        state: branch.state,
        route: taken ? { id: taken.id, before: walk.route } : walk.route,
        length: walk.length + (taken ? 1 : 0),
        rolls: branch.rolls ? { id: branch.rolls, before: walk.rolls } : walk.rolls,
        points: walk.points + (taken ? DECISION_POINTS[taken.rating] : 0),
        depth: walk.depth + 1,
      });
    }
  }
  return runs;
}

const GOOD = new Set(['best', 'good']);
/** Runs compare by the ending's tone first, then by score (a stuck run is below every ending). */
const rank = (run: StrategyRun): number => (run.tone === null ? -1 : ENDING_POINTS[run.tone]) * 1000 + run.score;

/**
 * Every surface strategy's worst and best playthrough. `bestScore` is the best score any
 * playthrough reaches (null when not known exactly: then only the ending's tone decides a win).
 * `seen` collects, per beat (by index), the first state a strategy met there.
 */
export function playStrategies(scenario: Scenario, brancher: Brancher, bestScore: number | null, seen: Map<number, Float64Array>): StrategyReport[] {
  const heads = headlinesOf(scenario);
  return strategiesOf(scenario, brancher, heads).flatMap((strategy) => {
    const runs = play(scenario, brancher, strategy.pick, seen);
    // None when the analysis's budget was already spent: the review leaves strategies out then.
    if (runs.length === 0) return [];
    const worst = runs.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    const best = runs.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const wins = runs.some((run) => (run.tone !== null && GOOD.has(run.tone)) || (bestScore !== null && run.ending !== null && run.score >= bestScore - SCORE_MARGIN));
    return [{ strategy: strategy.strategy, description: strategy.description, code: strategy.code, worst, best, playthroughs: runs.length, wins }];
  });
}
