/**
 * The exact best and worst playthroughs of a scenario too large to explore state by state, found
 * by branch and bound over playthroughs. Nothing is sampled: a branch is left only when a bound
 * proves that nothing below it can beat the best (or worst) already found, so the answer is the
 * same as the exhaustive dynamic programme's (score-range.ts) would be. It works because the
 * debrief's score is dominated by the mean decision rating, which a partial playthrough bounds
 * tightly: the search dives down the recommended choices first, and every branch that gives away
 * too many points to catch up is cut.
 */
import { isSet, readField } from '../engine/layout';
import type { EngineEvent } from '../engine/types';
import { choicePoints, ENDING_POINTS, objectivesScore, overallScore, rawScore } from '../debrief/score';
import type { Scenario } from '../scenario/types';
import { createBudget, type Budget } from './budget';
import { createChanceStepper } from './chance';
import { decisionsAhead } from './decisions-ahead';
import { offeredChoices } from './offered';
import type { ScoredRoute, ScoreRange } from './score-range';
import type { FindingWords } from '../i18n/finding-words';

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
 * `maxSteps` engine steps, or when the shared `budget` is spent.
 */
export function searchScoreRange(scenario: Scenario, options: { maxSteps?: number; budget?: Budget } = {}): ScoreRange {
  const maxSteps = options.maxSteps ?? DEFAULT_SEARCH_STEPS;
  const budget = options.budget ?? createBudget({ maxSteps: Infinity, maxStates: 0 });
  const stepper = createChanceStepper(scenario, budget);
  const { packed } = stepper;
  const { layout, compiled } = packed;
  const view = packed.store();
  const points = choicePoints(scenario);
  const ratings = [...points.values()];
  const tones = scenario.endings.map((ending) => ENDING_POINTS[ending.tone]);
  const ahead = decisionsAhead(scenario);
  // A trigger's goto can send the team to another beat once: its decisions may come on top.
  const gotos = scenario.triggers.flatMap((trigger, index) => (trigger.goto === undefined ? [] : [{ bit: layout.fired[index]!, ahead: ahead.get(trigger.goto) ?? 0 }]));
  const objectivesRange = scenario.rubric.length === 0 ? [100, 100] : [0, 100];
  let steps = 0;

  const leftAt = (state: Float64Array): number => {
    let left = ahead.get(scenario.beats[readField(state, 0, layout.beat)]!.id) ?? 0;
    for (const goto of gotos) if (!isSet(state, 0, goto.bit)) left += goto.ahead;
    return left;
  };
  /** One array per depth: a playthrough's states, as the search goes down it. */
  const stack: Float64Array[] = [];
  const at = (depth: number): Float64Array => (stack[depth] ??= new Float64Array(layout.width));

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

    let stopped = false;
    /** Visits the state at `depth` of the stack; false once the search must stop. */
    const visit = (depth: number, sum: number, taken: number): boolean => {
      const state = at(depth);
      const ending = readField(state, 0, layout.ending);
      if (ending >= 0) {
        // The mean rating comes from the route; the rubric and the ending from the final state.
        const parts = { objectives: objectivesScore(scenario, packed.unpack(state)), ending: ENDING_POINTS[scenario.endings[ending]!.tone] };
        const decisions = taken > 0 ? sum / taken : 0;
        const raw = rawScore(decisions, parts.objectives, parts.ending);
        if (!found || better(raw, found.raw)) {
          found = { raw, score: overallScore(decisions, parts.objectives, parts.ending), ending: scenario.endings[ending]!.id, decisions, objectives: parts.objectives, choices: [...choices], rolls: [...rolls] };
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
      const beat = scenario.beats[readField(state, 0, layout.beat)]!;
      view.s = state;
      const moves: { event: EngineEvent; choice: string | null; gain: number }[] = beat.decision
        ? offeredChoices(compiled, view).map((choice) => ({ event: { type: 'player.choose', choice: choice.id }, choice: choice.id, gain: points.get(choice.id) ?? 0 }))
        : beat.next !== undefined
          ? [{ event: { type: 'player.continue' }, choice: null, gain: 0 }]
          : [];
      // The most promising choice first: a good incumbent early is what makes the bound bite.
      moves.sort((a, b) => (maximise ? b.gain - a.gain : a.gain - b.gain));
      for (const move of moves) {
        stepper.step(state, 0, move.event, (store, branchRolls) => {
          if (stopped) return;
          if (++steps > maxSteps || budget.steps > budget.maxSteps) {
            // (The stepper charged this branch's run: only past the limit is it over.)
            stop = 'budget';
            stopped = true;
            return;
          }
          at(depth + 1).set(store.s);
          if (move.choice !== null) choices.push(move.choice);
          if (branchRolls) rolls.push(branchRolls);
          if (!visit(depth + 1, sum + move.gain, taken + (move.choice !== null ? 1 : 0))) stopped = true;
          if (move.choice !== null) choices.pop();
          if (branchRolls) rolls.pop();
        });
        // A step that ran out of budget while it forked dropped the outcomes it had not emitted.
        if (!stopped && budget.steps >= budget.maxSteps) {
          stop = 'budget';
          stopped = true;
        }
        if (stopped) return false;
      }
      return true;
    };

    const roots: Float64Array[] = [];
    stepper.initial(0, (store) => roots.push(Float64Array.from(store.s)));
    if (budget.steps >= budget.maxSteps) return 'budget';
    for (const root of roots) {
      at(0).set(root);
      if (!visit(0, 0, 0)) return stop;
    }
    return found;
  };

  const best = search(true);
  const worst = typeof best === 'string' ? best : search(false);
  if (typeof best === 'string' || typeof worst === 'string') {
    const why = typeof best === 'string' ? best : worst;
    const words: FindingWords =
      why === 'loop'
        ? { key: 'report.score.deep', values: { moves: MAX_DEPTH.toLocaleString('en-US') } }
        : steps > maxSteps
          ? { key: 'report.score.searchSteps', values: { steps: maxSteps } }
          : { key: 'report.score.searchBudget', values: { steps: budget.maxSteps.toLocaleString('en-US') } };
    return {
      exact: false,
      words,
      reason:
        why === 'loop'
          ? `a playthrough ran past ${MAX_DEPTH.toLocaleString('en-US')} moves, so playthroughs can loop and the mean decision score has no exact extreme`
          : steps > maxSteps
            ? `the search for the best and worst playthroughs did not finish within ${maxSteps.toLocaleString('en-US')} engine step${maxSteps === 1 ? '' : 's'}`
            : `the search for the best and worst playthroughs did not finish within the analysis's budget of ${budget.maxSteps.toLocaleString('en-US')} engine steps`,
    };
  }
  const scored = (found: Found | null): ScoredRoute | null =>
    found && { score: found.score, ending: found.ending, decisions: found.decisions, objectives: found.objectives, route: { choices: found.choices, rolls: found.rolls } };
  return { exact: true, method: 'search', best: scored(best), worst: scored(worst) };
}
