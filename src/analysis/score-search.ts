/**
 * The exact best and worst playthroughs of a scenario too large to explore state by state, found
 * by branch and bound over playthroughs. Nothing is sampled: a branch is left only when a bound
 * proves that nothing below it can beat the best (or worst) already found, so the answer is the
 * same as the exhaustive dynamic programme's (score-range.ts) would be. It works because the
 * debrief's score is dominated by the mean decision rating, which a partial playthrough bounds
 * tightly: the search dives down the recommended choices first, and every branch that gives away
 * too many points to catch up is cut.
 */
import type { EngineEvent, GameState } from '../engine/types';
import { choicePoints, ENDING_POINTS, overallScore, rawScore, scoreState } from '../debrief/score';
import type { Scenario } from '../scenario/types';
import { createChanceStepper } from './chance';
import { decisionsAhead } from './decisions-ahead';
import type { ScoredRoute, ScoreRange } from './score-range';

/** Engine steps the search may take before it gives up and says so. */
export const DEFAULT_SEARCH_STEPS = 1_000_000;

/** A playthrough deeper than this is taken for a loop. */
const MAX_DEPTH = 1_000;

/**
 * The best (or worst) mean rating a playthrough with `sum` points over `taken` decisions can end
 * with after at most `left` more, each worth `extreme`: the mean moves monotonically with the
 * number of further decisions, so one of none, one or all of them gives the extreme.
 */
function extremeMean(sum: number, taken: number, left: number, extreme: number, better: (a: number, b: number) => boolean): number {
  let result = taken > 0 ? sum / taken : 0;
  if (left >= 1) {
    const one = (sum + extreme) / (taken + 1);
    const all = Number.isFinite(left) ? (sum + left * extreme) / (taken + left) : extreme;
    if (better(one, result)) result = one;
    if (better(all, result)) result = all;
  }
  return result;
}

interface Found {
  raw: number;
  score: number;
  ending: string;
  decisions: number;
  objectives: number;
  choices: string[];
  rolls: string[];
}

/**
 * Exact best and worst scores by branch and bound, through the engine's pure `step` (chance
 * outcomes are followed both ways, as in the exhaustive analysis). Gives up, and says so, after
 * `maxSteps` engine steps.
 */
export function searchScoreRange(scenario: Scenario, options: { maxSteps?: number } = {}): ScoreRange {
  const maxSteps = options.maxSteps ?? DEFAULT_SEARCH_STEPS;
  const stepper = createChanceStepper(scenario);
  const { rules } = stepper;
  const points = choicePoints(scenario);
  const ratings = [...points.values()];
  const tones = scenario.endings.map((ending) => ENDING_POINTS[ending.tone]);
  const ahead = decisionsAhead(scenario);
  // A trigger's goto can send the team to another beat once: its decisions may come on top.
  const gotos = scenario.triggers.filter((trigger) => trigger.goto !== undefined).map((trigger) => ({ id: trigger.id, ahead: ahead.get(trigger.goto!) ?? 0 }));
  const objectivesRange = scenario.rubric.length === 0 ? [100, 100] : [0, 100];
  let steps = 0;

  const leftAt = (state: GameState): number => {
    let left = ahead.get(state.beat) ?? 0;
    for (const goto of gotos) if (!state.fired.includes(goto.id)) left += goto.ahead;
    return left;
  };

  /** Why a search stopped short: the step budget ran out, or a playthrough ran on past MAX_DEPTH. */
  type Stop = 'budget' | 'loop';
  let stop: Stop = 'budget';

  const search = (maximise: boolean): Found | null | Stop => {
    const better = maximise ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
    const extremeRating = ratings.length === 0 ? 0 : maximise ? Math.max(...ratings) : Math.min(...ratings);
    const extremeTone = tones.length === 0 ? 0 : maximise ? Math.max(...tones) : Math.min(...tones);
    const extremeObjectives = maximise ? objectivesRange[1]! : objectivesRange[0]!;
    let found: Found | null = null;
    const choices: string[] = [];
    const rolls: string[] = [];

    const visit = (state: GameState, sum: number, taken: number, depth: number): boolean => {
      if (state.ending !== null) {
        const parts = scoreState(scenario, state);
        const raw = rawScore(parts.decisions, parts.objectives, parts.ending);
        if (!found || better(raw, found.raw)) {
          found = { raw, score: overallScore(parts.decisions, parts.objectives, parts.ending), ending: state.ending, decisions: parts.decisions, objectives: parts.objectives, choices: [...choices], rolls: [...rolls] };
        }
        return true;
      }
      if (found) {
        const mean = extremeMean(sum, taken, leftAt(state), extremeRating, better);
        const bound = rawScore(mean, extremeObjectives, extremeTone);
        if (!better(bound, found.raw)) return true;
      }
      if (depth > MAX_DEPTH) {
        stop = 'loop';
        return false;
      }
      const beat = rules.beat(state.beat);
      const moves: { event: EngineEvent; choice: string | null; gain: number }[] = beat.decision
        ? rules.available(state).map((choice) => ({ event: { type: 'player.choose', choice: choice.id }, choice: choice.id, gain: points.get(choice.id) ?? 0 }))
        : beat.next !== undefined
          ? [{ event: { type: 'player.continue' }, choice: null, gain: 0 }]
          : [];
      // The most promising choice first: a good incumbent early is what makes the bound bite.
      moves.sort((a, b) => (maximise ? b.gain - a.gain : a.gain - b.gain));
      for (const move of moves) {
        for (const branch of stepper.step(state, move.event)) {
          if (++steps > maxSteps) {
            stop = 'budget';
            return false;
          }
          if (!branch.result.accepted) continue;
          if (move.choice !== null) choices.push(move.choice);
          if (branch.rolls) rolls.push(branch.rolls);
          const ok = visit(branch.result.state, sum + move.gain, taken + (move.choice !== null ? 1 : 0), depth + 1);
          if (move.choice !== null) choices.pop();
          if (branch.rolls) rolls.pop();
          if (!ok) return false;
        }
      }
      return true;
    };

    for (const root of stepper.initial(0)) if (!visit(root.result.state, 0, 0, 0)) return stop;
    return found;
  };

  const best = search(true);
  const worst = typeof best === 'string' ? best : search(false);
  if (typeof best === 'string' || typeof worst === 'string') {
    const why = typeof best === 'string' ? best : worst;
    return {
      exact: false,
      reason:
        why === 'loop'
          ? `a playthrough ran past ${MAX_DEPTH.toLocaleString('en-US')} moves, so playthroughs can loop and the mean decision score has no exact extreme`
          : `the search for the best and worst playthroughs did not finish within ${maxSteps.toLocaleString('en-US')} engine step${maxSteps === 1 ? '' : 's'}`,
    };
  }
  const scored = (found: Found | null): ScoredRoute | null =>
    found && { score: found.score, ending: found.ending, decisions: found.decisions, objectives: found.objectives, route: { choices: found.choices, rolls: found.rolls } };
  return { exact: true, method: 'search', best: scored(best), worst: scored(worst) };
}
