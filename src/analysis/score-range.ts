import { choicePoints, ENDING_POINTS, objectivesScore, overallScore, rawScore } from '../debrief/score';
import type { Scenario } from '../scenario/types';
import type { FindingWords } from '../i18n/finding-words';
import type { Route } from './dag';
import { endingOf, gameStateOf, sourceOf, type StateGraph } from './explore';

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
  | { readonly exact: false; readonly reason: string; readonly words: FindingWords };

/** Above this many (state, decision count) entries the exact search is called intractable, not approximated. */
const BUDGET = 10_000_000;

/**
 * The dynamic programme's entries, in flat typed arrays: per state a list of entries, one
 * per number of decisions taken to reach it, each with the least and most decision points and the
 * edge each came in by. Nothing is allocated per state.
 */
function createEntryTable(states: number) {
  let capacity = Math.max(1024, states);
  const table = {
    head: new Int32Array(states).fill(-1),
    tail: new Int32Array(states).fill(-1),
    next: new Int32Array(capacity),
    count: new Int32Array(capacity),
    low: new Float64Array(capacity),
    high: new Float64Array(capacity),
    lowEdge: new Int32Array(capacity),
    highEdge: new Int32Array(capacity),
    size: 0,
    /** The entry of `state` for `count` decisions, or -1. */
    find(state: number, count: number): number {
      let entry = table.head[state]!;
      while (entry >= 0 && table.count[entry] !== count) entry = table.next[entry]!;
      return entry;
    },
    add(state: number, count: number, low: number, high: number, edge: number): void {
      if (table.size === capacity) {
        capacity *= 2;
        const grow = <T extends Int32Array | Float64Array>(array: T): T => {
          const more = new (array.constructor as new (length: number) => T)(capacity);
          more.set(array);
          return more;
        };
        table.next = grow(table.next);
        table.count = grow(table.count);
        table.low = grow(table.low);
        table.high = grow(table.high);
        table.lowEdge = grow(table.lowEdge);
        table.highEdge = grow(table.highEdge);
      }
      const entry = table.size++;
      table.count[entry] = count;
      table.low[entry] = low;
      table.high[entry] = high;
      table.lowEdge[entry] = edge;
      table.highEdge[entry] = edge;
      // Appended, so entries are visited in the order they were made (ties keep the first route).
      table.next[entry] = -1;
      if (table.tail[state]! < 0) table.head[state] = entry;
      else table.next[table.tail[state]!] = entry;
      table.tail[state] = entry;
    },
  };
  return table;
}

/**
 * Exact best and worst scores over every playthrough. The score is
 * `round(0.5 * mean decision points + 0.3 * objectives + 0.2 * ending)`: objectives and ending
 * depend on the final state alone, but the mean depends on the route, so for each state and each
 * number of decisions taken to reach it the dynamic programme keeps the least and the most
 * decision points (the mean is best at the most points for a given count, and so on). That is
 * exact, and linear in states times distinct decision counts.
 */
export function scoreRange(graph: StateGraph, order: ArrayLike<number>, acyclic: boolean): ScoreRange {
  if (!graph.complete) return { exact: false, reason: 'the state cap stopped the exploration, so not every playthrough was seen', words: { key: 'report.score.cap', values: {} } };
  if (!acyclic) return { exact: false, reason: 'some playthroughs can loop without end (a cycle of states), so the mean decision score has no exact extreme', words: { key: 'report.score.cycle', values: {} } };
  const scenario: Scenario = graph.scenario;
  const pointsOf = choicePoints(scenario);
  const points = graph.choiceIds.map((id) => pointsOf.get(id) ?? 0);
  const table = createEntryTable(graph.count);
  for (const root of graph.roots) table.add(root, 0, 0, 0, -1);
  for (let at = 0; at < order.length; at++) {
    const state = order[at]!;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const choice = graph.edgeChoice[edge]!;
      const gain = choice >= 0 ? points[choice]! : 0;
      const target = graph.edgeTarget[edge]!;
      for (let entry = table.head[state]!; entry >= 0; entry = table.next[entry]!) {
        const count = table.count[entry]! + (choice >= 0 ? 1 : 0);
        const low = table.low[entry]!;
        const high = table.high[entry]!;
        const into = table.find(target, count);
        if (into < 0) {
          table.add(target, count, low + gain, high + gain, edge);
          continue;
        }
        if (low + gain < table.low[into]!) {
          table.low[into] = low + gain;
          table.lowEdge[into] = edge;
        }
        if (high + gain > table.high[into]!) {
          table.high[into] = high + gain;
          table.highEdge[into] = edge;
        }
      }
    }
    if (table.size > BUDGET) {
      const over = BUDGET.toLocaleString('en-US');
      return { exact: false, reason: `too many (state, decision count) pairs (over ${over}) for the exact search`, words: { key: 'report.score.tooMany', values: { over } } };
    }
  }

  const routeOf = (end: number, count: number, which: 'lowEdge' | 'highEdge'): Route => {
    const choices: string[] = [];
    const rolls: string[] = [];
    let state = end;
    let decisions = count;
    for (;;) {
      const edge = table[which][table.find(state, decisions)]!;
      if (edge < 0) break;
      const choice = graph.edgeChoice[edge]!;
      if (choice >= 0) {
        choices.push(graph.choiceIds[choice]!);
        decisions--;
      }
      if (graph.edgeRolls[edge]) rolls.push(graph.edgeRolls[edge]!);
      state = sourceOf(graph, edge);
    }
    return { choices: choices.reverse(), rolls: rolls.reverse() };
  };

  interface Candidate { value: number; raw: number; state: number; count: number; decisions: number; objectives: number }
  const found: { best: Candidate | null; worst: Candidate | null } = { best: null, worst: null };
  // Branch and bound: the rubric part needs the state unpacked and its evidence checked, but it lies in
  // [0, 100] and the ending's points are known from its tone, so an end state whose most hopeful
  // bound cannot beat the best (or worst) found so far is never scored.
  const tone = scenario.endings.map((ending) => ENDING_POINTS[ending.tone]);
  // Without a rubric the objectives part is always 100 (see objectivesScore), which bounds the worst.
  const leastObjectives = scenario.rubric.length === 0 ? 100 : 0;
  // End states and their bounds, in typed arrays sized for every state (no growing as they fill).
  const endStates = new Int32Array(graph.count);
  const highs = new Float64Array(graph.count);
  const lows = new Float64Array(graph.count);
  let ends = 0;
  for (let state = 0; state < graph.count; state++) {
    const endingIndex = endingOf(graph, state);
    if (endingIndex < 0 || table.head[state]! < 0) continue;
    let high = -Infinity;
    let low = Infinity;
    for (let entry = table.head[state]!; entry >= 0; entry = table.next[entry]!) {
      const count = table.count[entry]!;
      high = Math.max(high, count === 0 ? 0 : table.high[entry]! / count);
      low = Math.min(low, count === 0 ? 0 : table.low[entry]! / count);
    }
    const points = tone[endingIndex] ?? 0;
    endStates[ends] = state;
    highs[ends] = rawScore(high, 100, points);
    lows[ends] = rawScore(low, leastObjectives, points);
    ends++;
  }
  const scored = new Map<number, { objectives: number; ending: number }>();
  const partsOf = (state: number): { objectives: number; ending: number } => {
    let parts = scored.get(state);
    if (!parts) scored.set(state, (parts = { objectives: objectivesScore(scenario, gameStateOf(graph, state)), ending: tone[endingOf(graph, state)] ?? 0 }));
    return parts;
  };
  const consider = (state: number, isHigh: boolean): void => {
    const parts = partsOf(state);
    for (let entry = table.head[state]!; entry >= 0; entry = table.next[entry]!) {
      const count = table.count[entry]!;
      const sum = isHigh ? table.high[entry]! : table.low[entry]!;
      const decisions = count === 0 ? 0 : sum / count;
      const raw = rawScore(decisions, parts.objectives, parts.ending);
      const candidate = { value: overallScore(decisions, parts.objectives, parts.ending), raw, state, count, decisions, objectives: parts.objectives };
      if (isHigh && (!found.best || raw > found.best.raw)) found.best = candidate;
      if (!isHigh && (!found.worst || raw < found.worst.raw)) found.worst = candidate;
    }
  };
  /**
   * Scores end states in order of their bound, most hopeful first (ties by state), until no bound
   * can beat the incumbent. The single most hopeful state is scored first; of the rest, only those
   * whose bound still beats it go on a binary heap, taken off one at a time: tens of thousands of
   * end states are not sorted for the handful that get scored.
   */
  const search = (bounds: Float64Array, sign: 1 | -1, isHigh: boolean): void => {
    if (ends === 0) return;
    const incumbent = (): number => (isHigh ? found.best!.raw : found.worst!.raw);
    let first = 0;
    for (let at = 1; at < ends; at++) if (sign * bounds[at]! > sign * bounds[first]!) first = at;
    consider(endStates[first]!, isHigh);
    const heap: number[] = [];
    for (let at = 0; at < ends; at++) if (at !== first && sign * bounds[at]! > sign * incumbent()) heap.push(at);
    const before = (a: number, b: number): boolean => sign * bounds[a]! > sign * bounds[b]! || (bounds[a] === bounds[b] && endStates[a]! < endStates[b]!);
    const siftDown = (from: number): void => {
      for (let at = from; ; ) {
        const left = 2 * at + 1;
        if (left >= heap.length) return;
        const child = left + 1 < heap.length && before(heap[left + 1]!, heap[left]!) ? left + 1 : left;
        if (!before(heap[child]!, heap[at]!)) return;
        [heap[at], heap[child]] = [heap[child]!, heap[at]!];
        at = child;
      }
    };
    for (let at = (heap.length >> 1) - 1; at >= 0; at--) siftDown(at);
    while (heap.length > 0) {
      const top = heap[0]!;
      if (sign * bounds[top]! <= sign * incumbent()) return;
      consider(endStates[top]!, isHigh);
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
      siftDown(0);
    }
  };
  search(highs, 1, true);
  search(lows, -1, false);
  const finish = (found: Candidate | null, which: 'lowEdge' | 'highEdge'): ScoredRoute | null =>
    found && {
      score: found.value,
      ending: scenario.endings[endingOf(graph, found.state)]!.id,
      decisions: found.decisions,
      objectives: found.objectives,
      route: routeOf(found.state, found.count, which),
    };
  return { exact: true, method: 'graph', best: finish(found.best, 'highEdge'), worst: finish(found.worst, 'lowEdge') };
}
