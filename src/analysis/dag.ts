import { endingOf, type StateGraph } from './explore';

/** A topological order of the expanded states, or `acyclic: false` with the states left on cycles. */
export function topologicalOrder(graph: StateGraph): { order: Int32Array; acyclic: boolean; onCycles: number[] } {
  const count = graph.count;
  const indegree = new Int32Array(count);
  for (let edge = 0; edge < graph.edgeTarget.length; edge++) indegree[graph.edgeTarget[edge]!]!++;
  const order = new Int32Array(count);
  let length = 0;
  for (let state = 0; state < count; state++) if (indegree[state] === 0) order[length++] = state;
  for (let head = 0; head < length; head++) {
    const state = order[head]!;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const target = graph.edgeTarget[edge]!;
      if (--indegree[target]! === 0) order[length++] = target;
    }
  }
  const onCycles: number[] = [];
  if (length < count) for (let state = 0; state < count; state++) if (indegree[state]! > 0) onCycles.push(state);
  return { order: order.subarray(0, length), acyclic: length === count, onCycles };
}

/** Path counts per state, summed over sets of states. */
export interface PathCounts {
  /** The number of distinct paths from the roots to any of these states. */
  sum(states: ArrayLike<number>): bigint;
}

/** Path counts are kept in two doubles, `high * 2^48 + low`, both exact below 2^53. */
const LIMB = 2 ** 48;

/**
 * The number of distinct paths from the roots to each state, by dynamic programming over a DAG.
 * Counted in pairs of doubles, exact up to about 2^101 paths and allocating nothing per state;
 * in BigInts past that.
 */
export function countPaths(graph: StateGraph, order: ArrayLike<number>): PathCounts {
  const low = new Float64Array(graph.count);
  const high = new Float64Array(graph.count);
  for (const root of graph.roots) low[root] = 1;
  let overflow = false;
  for (let at = 0; at < order.length && !overflow; at++) {
    const state = order[at]!;
    const hereLow = low[state]!;
    const hereHigh = high[state]!;
    if (hereLow === 0 && hereHigh === 0) continue;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const target = graph.edgeTarget[edge]!;
      let sumLow = low[target]! + hereLow;
      let sumHigh = high[target]! + hereHigh;
      if (sumLow >= LIMB) {
        sumLow -= LIMB;
        sumHigh += 1;
      }
      low[target] = sumLow;
      high[target] = sumHigh;
      if (sumHigh >= LIMB) overflow = true;
    }
  }
  if (!overflow) {
    return {
      sum(states) {
        let total = 0n;
        let smallTotal = 0;
        for (let at = 0; at < states.length; at++) {
          const state = states[at]!;
          if (high[state] === 0) {
            smallTotal += low[state]!;
            // Flushed into the BigInt before it could lose a unit.
            if (smallTotal >= LIMB) {
              total += BigInt(smallTotal);
              smallTotal = 0;
            }
          } else total += BigInt(high[state]!) * BigInt(LIMB) + BigInt(low[state]!);
        }
        return total + BigInt(smallTotal);
      },
    };
  }
  const paths = new Array<bigint>(graph.count).fill(0n);
  for (const root of graph.roots) paths[root] = 1n;
  for (let at = 0; at < order.length; at++) {
    const state = order[at]!;
    const here = paths[state]!;
    if (here === 0n) continue;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const target = graph.edgeTarget[edge]!;
      paths[target] = paths[target]! + here;
    }
  }
  return {
    sum(states) {
      let total = 0n;
      for (let at = 0; at < states.length; at++) total += paths[states[at]!]!;
      return total;
    },
  };
}

/**
 * Shortest routes from the roots, counting choices only (a Continue costs nothing): 0-1 breadth
 * first search. `parentEdge[s]` is the edge that reaches `s` on a shortest route (-1 at a root).
 */
export function shortestRoutes(graph: StateGraph): { choices: Int32Array; parentEdge: Int32Array; parentState: Int32Array } {
  const count = graph.count;
  const choices = new Int32Array(count).fill(-1);
  const parentEdge = new Int32Array(count).fill(-1);
  const parentState = new Int32Array(count).fill(-1);
  // A deque as two stacks' worth of array with a moving head: zero-cost edges go to the front.
  const deque = new Int32Array(count * 2 + graph.edgeTarget.length * 2 + 2);
  let head = count + graph.edgeTarget.length + 1;
  let tail = head;
  for (const root of graph.roots) {
    choices[root] = 0;
    deque[tail++] = root;
  }
  const done = new Uint8Array(count);
  while (head < tail) {
    const state = deque[head++]!;
    if (done[state]) continue;
    done[state] = 1;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const target = graph.edgeTarget[edge]!;
      const cost = graph.edgeChoice[edge]! >= 0 ? 1 : 0;
      const reach = choices[state]! + cost;
      if (choices[target] !== -1 && choices[target]! <= reach) continue;
      choices[target] = reach;
      parentEdge[target] = edge;
      parentState[target] = state;
      if (cost === 0) deque[--head] = target;
      else deque[tail++] = target;
    }
  }
  return { choices, parentEdge, parentState };
}

/** A route as the choice ids taken, and the chance outcomes it relies on. */
export interface Route {
  readonly choices: string[];
  readonly rolls: string[];
}

/** Follows parent edges back to a root. */
export function routeTo(graph: StateGraph, parentEdge: ArrayLike<number>, parentState: ArrayLike<number>, state: number): Route {
  const choices: string[] = [];
  const rolls: string[] = [];
  for (let at = state; parentEdge[at]! >= 0; at = parentState[at]!) {
    const edge = parentEdge[at]!;
    const choice = graph.edgeChoice[edge]!;
    if (choice >= 0) choices.push(graph.choiceIds[choice]!);
    if (graph.edgeRolls[edge]) rolls.push(graph.edgeRolls[edge]!);
  }
  return { choices: choices.reverse(), rolls: rolls.reverse() };
}

/**
 * States from which some ending can still be reached. Without cycles, one pass backwards through
 * the topological order settles each state from its successors; otherwise reverse reachability
 * from the endings.
 */
export function canFinish(graph: StateGraph, topological?: { order: ArrayLike<number>; acyclic: boolean }): Uint8Array {
  const count = graph.count;
  if (topological?.acyclic) {
    const { order } = topological;
    const finishes = new Uint8Array(count);
    for (let at = order.length - 1; at >= 0; at--) {
      const state = order[at]!;
      if (endingOf(graph, state) >= 0) finishes[state] = 1;
      else {
        for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
          if (finishes[graph.edgeTarget[edge]!]) {
            finishes[state] = 1;
            break;
          }
        }
      }
    }
    return finishes;
  }
  // The edges reversed, as one flat list per target (counting sort by target).
  const sourceStart = new Int32Array(count + 1);
  for (let edge = 0; edge < graph.edgeTarget.length; edge++) sourceStart[graph.edgeTarget[edge]! + 1]!++;
  for (let state = 0; state < count; state++) sourceStart[state + 1]! += sourceStart[state]!;
  const fill = sourceStart.slice(0, count);
  const sources = new Int32Array(graph.edgeTarget.length);
  for (let state = 0; state < count; state++) {
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) sources[fill[graph.edgeTarget[edge]!]!++] = state;
  }
  const finishes = new Uint8Array(count);
  const stack = new Int32Array(count);
  let top = 0;
  for (let state = 0; state < count; state++) {
    if (endingOf(graph, state) >= 0) {
      finishes[state] = 1;
      stack[top++] = state;
    }
  }
  while (top > 0) {
    const state = stack[--top]!;
    for (let at = sourceStart[state]!; at < sourceStart[state + 1]!; at++) {
      const source = sources[at]!;
      if (finishes[source]) continue;
      finishes[source] = 1;
      stack[top++] = source;
    }
  }
  return finishes;
}
