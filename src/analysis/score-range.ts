import { choicePoints, ENDING_POINTS, overallScore, rawScore, scoreState } from '../debrief/score';
import type { Scenario } from '../scenario/types';
import type { Route } from './dag';
import type { StateGraph } from './explore';

/** The best or worst playthrough by the scoring rule, with the route that achieves it. */
export interface ScoredRoute {
  readonly score: number;
  readonly ending: string;
  /** Mean decision points along the route. */
  readonly decisions: number;
  readonly objectives: number;
  readonly route: Route;
}

export type ScoreRange =
  | {
      readonly exact: true;
      /** `graph`: dynamic programming over the explored state graph; `search`: branch and bound over playthroughs (score-search.ts). */
      readonly method: 'graph' | 'search';
      readonly best: ScoredRoute | null;
      readonly worst: ScoredRoute | null;
    }
  | { readonly exact: false; readonly reason: string };

/** Entries per state, flat: decision count, min points, max points, edge into min, edge into max. */
const WIDTH = 5;
/** Above this many numbers of bookkeeping the exact search is called intractable, not approximated. */
const BUDGET = 50_000_000;

/**
 * Exact best and worst scores over every playthrough. The score is
 * `round(0.5 * mean decision points + 0.3 * objectives + 0.2 * ending)`: objectives and ending
 * depend on the final state alone, but the mean depends on the route, so for each state and each
 * number of decisions taken to reach it the dynamic programme keeps the least and the most
 * decision points (the mean is best at the most points for a given count, and so on). That is
 * exact, and linear in states times distinct decision counts.
 */
export function scoreRange(graph: StateGraph, order: readonly number[], acyclic: boolean): ScoreRange {
  if (!graph.complete) return { exact: false, reason: 'the state cap stopped the exploration, so not every playthrough was seen' };
  if (!acyclic) return { exact: false, reason: 'some playthroughs can loop without end (a cycle of states), so the mean decision score has no exact extreme' };
  const scenario: Scenario = graph.scenario;
  const pointsOf = choicePoints(scenario);
  const points = graph.choiceIds.map((id) => pointsOf.get(id) ?? 0);
  const edgeSource = new Int32Array(graph.edgeTarget.length);
  for (let state = 0; state < graph.states.length; state++) {
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) edgeSource[edge] = state;
  }
  const table: (number[] | undefined)[] = new Array(graph.states.length);
  for (const root of graph.roots) table[root] = [0, 0, 0, -1, -1];
  let used = 0;
  for (const state of order) {
    const entries = table[state];
    if (!entries) continue;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const choice = graph.edgeChoice[edge]!;
      const gain = choice >= 0 ? points[choice]! : 0;
      const step = choice >= 0 ? 1 : 0;
      const target = graph.edgeTarget[edge]!;
      const into = (table[target] ??= []);
      for (let at = 0; at < entries.length; at += WIDTH) {
        const count = entries[at]! + step;
        const low = entries[at + 1]! + gain;
        const high = entries[at + 2]! + gain;
        let slot = 0;
        while (slot < into.length && into[slot] !== count) slot += WIDTH;
        if (slot === into.length) {
          into.push(count, low, high, edge, edge);
          used += WIDTH;
          continue;
        }
        if (low < into[slot + 1]!) {
          into[slot + 1] = low;
          into[slot + 3] = edge;
        }
        if (high > into[slot + 2]!) {
          into[slot + 2] = high;
          into[slot + 4] = edge;
        }
      }
    }
    if (used > BUDGET) return { exact: false, reason: `too many (state, decision count) pairs (over ${BUDGET / WIDTH}) for the exact search` };
  }

  const routeOf = (end: number, count: number, which: 3 | 4): Route => {
    const choices: string[] = [];
    const rolls: string[] = [];
    let state = end;
    let decisions = count;
    for (;;) {
      const entries = table[state]!;
      let slot = 0;
      while (entries[slot] !== decisions) slot += WIDTH;
      const edge = entries[slot + which]!;
      if (edge < 0) break;
      const choice = graph.edgeChoice[edge]!;
      if (choice >= 0) {
        choices.push(graph.choiceIds[choice]!);
        decisions--;
      }
      if (graph.edgeRolls[edge]) rolls.push(graph.edgeRolls[edge]!);
      state = edgeSource[edge]!;
    }
    return { choices: choices.reverse(), rolls: rolls.reverse() };
  };

  interface Candidate { value: number; raw: number; state: number; count: number; decisions: number; objectives: number }
  const found: { best: Candidate | null; worst: Candidate | null } = { best: null, worst: null };
  // Branch and bound: the rubric part needs the debrief's scoreState (costly), but it lies in
  // [0, 100] and the ending's points are known from its tone, so an end state whose most hopeful
  // bound cannot beat the best (or worst) found so far is never scored.
  const tone = new Map(scenario.endings.map((ending) => [ending.id, ENDING_POINTS[ending.tone]]));
  const ends: { state: number; high: number; low: number }[] = [];
  for (let state = 0; state < graph.states.length; state++) {
    const entries = table[state];
    const ending = graph.states[state]!.ending;
    if (ending === null || !entries) continue;
    let high = -Infinity;
    let low = Infinity;
    for (let at = 0; at < entries.length; at += WIDTH) {
      const count = entries[at]!;
      high = Math.max(high, count === 0 ? 0 : entries[at + 2]! / count);
      low = Math.min(low, count === 0 ? 0 : entries[at + 1]! / count);
    }
    const points = tone.get(ending) ?? 0;
    ends.push({ state, high: rawScore(high, 100, points), low: rawScore(low, 0, points) });
  }
  const scored = new Map<number, ReturnType<typeof scoreState>>();
  const partsOf = (state: number): ReturnType<typeof scoreState> => {
    let parts = scored.get(state);
    if (!parts) scored.set(state, (parts = scoreState(scenario, graph.states[state]!)));
    return parts;
  };
  const consider = (state: number, isHigh: boolean): void => {
    const entries = table[state]!;
    const parts = partsOf(state);
    for (let at = 0; at < entries.length; at += WIDTH) {
      const count = entries[at]!;
      const sum = isHigh ? entries[at + 2]! : entries[at + 1]!;
      const decisions = count === 0 ? 0 : sum / count;
      const raw = rawScore(decisions, parts.objectives, parts.ending);
      const candidate = { value: overallScore(decisions, parts.objectives, parts.ending), raw, state, count, decisions, objectives: parts.objectives };
      if (isHigh && (!found.best || raw > found.best.raw)) found.best = candidate;
      if (!isHigh && (!found.worst || raw < found.worst.raw)) found.worst = candidate;
    }
  };
  for (const end of [...ends].sort((a, b) => b.high - a.high || a.state - b.state)) {
    if (found.best && end.high <= found.best.raw) break;
    consider(end.state, true);
  }
  for (const end of [...ends].sort((a, b) => a.low - b.low || a.state - b.state)) {
    if (found.worst && end.low >= found.worst.raw) break;
    consider(end.state, false);
  }
  const finish = (found: Candidate | null, which: 3 | 4): ScoredRoute | null =>
    found && {
      score: found.value,
      ending: graph.states[found.state]!.ending!,
      decisions: found.decisions,
      objectives: found.objectives,
      route: routeOf(found.state, found.count, which),
    };
  return { exact: true, method: 'graph', best: finish(found.best, 4), worst: finish(found.worst, 3) };
}
