import { DECISION_POINTS, overallScore, scoreState } from '../debrief/score';
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
  | { readonly exact: true; readonly best: ScoredRoute | null; readonly worst: ScoredRoute | null }
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
  const points = graph.choiceIds.map(() => 0);
  const ratingOf = new Map(scenario.beats.flatMap((beat) => beat.decision?.choices.map((c) => [c.id, c.rating] as const) ?? []));
  graph.choiceIds.forEach((id, index) => (points[index] = DECISION_POINTS[ratingOf.get(id) ?? 'harmful']));
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
  let best: Candidate | null = null;
  let worst: Candidate | null = null;
  for (let state = 0; state < graph.states.length; state++) {
    const final = graph.states[state]!;
    const entries = table[state];
    if (final.ending === null || !entries) continue;
    const parts = scoreState(scenario, final);
    for (let at = 0; at < entries.length; at += WIDTH) {
      const count = entries[at]!;
      for (const [sum, isHigh] of [[entries[at + 2]!, true], [entries[at + 1]!, false]] as const) {
        const decisions = count === 0 ? 0 : sum / count;
        const value = overallScore(decisions, parts.objectives, parts.ending);
        const raw = 5 * decisions + 3 * parts.objectives + 2 * parts.ending;
        const candidate = { value, raw, state, count, decisions, objectives: parts.objectives };
        if (isHigh && (!best || raw > best.raw)) best = candidate;
        if (!isHigh && (!worst || raw < worst.raw)) worst = candidate;
      }
    }
  }
  const finish = (found: Candidate | null, which: 3 | 4): ScoredRoute | null =>
    found && {
      score: found.value,
      ending: graph.states[found.state]!.ending!,
      decisions: found.decisions,
      objectives: found.objectives,
      route: routeOf(found.state, found.count, which),
    };
  return { exact: true, best: finish(best, 4), worst: finish(worst, 3) };
}
