/**
 * Forgiven failures: a good or best ending that a team still reaches after missing a deadline or
 * meeting it deficiently (CR530), or after two or more choices rated harmful (CR531). Then failure leaves no mark and the
 * ending teaches the wrong lesson. Exact from the explored state graph when it is complete (a
 * deadline's status is in every state; the harmful count is followed through the graph, counted up
 * to the threshold); past the state cap, from a bounded search of playthroughs.
 * An ending or deadline that says `forgivable: true` is meant so, and is not looked for.
 */
import { DEFICIENT, MISSED } from '../../engine/store';
import { readField } from '../../engine/layout';
import type { Scenario } from '../../scenario/types';
import { routeTo, type Route } from '../dag';
import { endingOf, sourceOf, type StateGraph } from '../explore';
import type { Brancher } from './branches';
import { HARMFUL_FORGIVEN, SEARCH_DEVIATIONS, SEARCH_STEPS } from './thresholds';
import type { Found } from './types';
import { toneWords } from '../../i18n/tone-words';

/** Routes that show forgiven failures, by ending index (and deadline index for failed deadlines). */
export interface Forgiven {
  /** `ending * deadlines + deadline` to a route on which the deadline was missed or met deficiently. */
  readonly missed: Map<number, Route>;
  /** The keys of `missed` whose route met the deadline deficiently rather than missing it. */
  readonly deficient: Set<number>;
  readonly harmful: Map<number, Route>;
  /** How they were found: `graph` (exact), or `search` (bounded; "none" proves nothing). */
  readonly method: 'graph' | 'search';
  /** For `search`: whether it went through every playthrough within its deviations. */
  readonly exhausted: boolean;
}

/** A deadline status that is a failure: missed, or met deficiently (a filing the law does not accept). */
function failed(status: number): boolean {
  return status === MISSED || status === DEFICIENT;
}

/** The endings worth looking at: good or best, not forgivable; and the deadlines not forgivable. */
function targets(scenario: Scenario): { endings: boolean[]; deadlines: boolean[] } {
  return {
    endings: scenario.endings.map((ending) => (ending.tone === 'best' || ending.tone === 'good') && ending.forgivable !== true),
    deadlines: scenario.deadlines.map((deadline) => deadline.forgivable !== true),
  };
}

/**
 * Forgiven failures from the explored graph. `atEnding` (the end states by ending, groups.ts) spares
 * a pass over every state; without it the end states are found by reading each state's ending.
 */
export function forgivenInGraph(
  graph: StateGraph,
  routes: { parentEdge: Int32Array; parentState: Int32Array; choices: Int32Array },
  topological?: { order: ArrayLike<number>; acyclic: boolean },
  atEnding?: readonly ArrayLike<number>[],
): Forgiven {
  const { scenario, layout, data } = graph;
  const want = targets(scenario);
  const count = graph.count;
  const deadlines = scenario.deadlines.length;
  const missed = new Map<number, Route>();
  const deficient = new Set<number>();
  const harmful = new Map<number, Route>();
  if (!want.endings.some(Boolean)) return { missed, deficient, harmful, method: 'graph', exhausted: true };
  // Failed deadlines are in the end state itself: the end state with the fewest choices per pair.
  const bestState = new Map<number, number>();
  const ends = atEnding ?? endStates(graph);
  for (let ending = 0; ending < ends.length; ending++) {
    if (!want.endings[ending]) continue;
    const states = ends[ending]!;
    for (let at = 0; at < states.length; at++) {
      const state = states[at]!;
      for (let d = 0; d < deadlines; d++) {
        if (!want.deadlines[d] || !failed(readField(data, state * layout.keyWidth, layout.deadlineStatus[d]!))) continue;
        const key = ending * deadlines + d;
        const known = bestState.get(key);
        if (known === undefined || routes.choices[state]! < routes.choices[known]!) bestState.set(key, state);
      }
    }
  }
  for (const [key, state] of bestState) {
    missed.set(key, routeTo(graph, routes.parentEdge, routes.parentState, state));
    if (readField(data, state * layout.keyWidth, layout.deadlineStatus[key % deadlines]!) === DEFICIENT) deficient.add(key);
  }
  // Harmful choices are history: breadth first over (state, harmful so far, capped at the threshold).
  const levels = HARMFUL_FORGIVEN + 1;
  const isHarmful = graph.choiceIds.map((_id, index) => graph.rules.compiled.choiceList[index]!.rating === 'harmful');
  if (!isHarmful.some(Boolean)) return { missed, deficient, harmful, method: 'graph', exhausted: true };
  if (topological?.acyclic) {
    harmfulInOrder(graph, topological.order, isHarmful, want.endings, harmful, ends);
    return { missed, deficient, harmful, method: 'graph', exhausted: true };
  }
  const wanted = want.endings.filter(Boolean).length;
  const parentNode = new Int32Array(count * levels).fill(-2);
  const parentEdge = new Int32Array(count * levels).fill(-1);
  const queue = new Int32Array(count * levels);
  let head = 0;
  let tail = 0;
  for (const root of graph.roots) {
    parentNode[root * levels] = -1;
    queue[tail++] = root * levels;
  }
  // Stops once every wanted ending has its route.
  while (head < tail && harmful.size < wanted) {
    const node = queue[head++]!;
    const state = (node / levels) | 0;
    const level = node % levels;
    const ending = endingOf(graph, state);
    if (ending >= 0) {
      if (level === HARMFUL_FORGIVEN && want.endings[ending] && !harmful.has(ending)) {
        const choices: string[] = [];
        const rolls: string[] = [];
        for (let at = node; parentNode[at]! >= 0; at = parentNode[at]!) {
          const edge = parentEdge[at]!;
          if (graph.edgeChoice[edge]! >= 0) choices.push(graph.choiceIds[graph.edgeChoice[edge]!]!);
          if (graph.edgeRolls[edge]) rolls.push(graph.edgeRolls[edge]!);
        }
        harmful.set(ending, { choices: choices.reverse(), rolls: rolls.reverse() });
      }
      continue;
    }
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const choice = graph.edgeChoice[edge]!;
      const next = Math.min(HARMFUL_FORGIVEN, level + (choice >= 0 && isHarmful[choice] ? 1 : 0));
      const target = graph.edgeTarget[edge]! * levels + next;
      if (parentNode[target] !== -2) continue;
      parentNode[target] = node;
      parentEdge[target] = edge;
      queue[tail++] = target;
    }
  }
  return { missed, deficient, harmful, method: 'graph', exhausted: true };
}

/**
 * Without cycles, one pass in topological order keeps, per state, the most harmful choices any
 * route to it has taken (counted up to the threshold) and the edge that brought them: a third of
 * the breadth-first search's work, for the same endings.
 */
function harmfulInOrder(graph: StateGraph, order: ArrayLike<number>, isHarmful: readonly boolean[], wanted: readonly boolean[], found: Map<number, Route>, atEnding: readonly ArrayLike<number>[]): void {
  const count = graph.count;
  const { edgeStart, edgeTarget, edgeChoice } = graph;
  // Per edge, 1 when it takes a harmful choice: the pass below then reads two typed arrays an edge.
  const harm = new Uint8Array(edgeTarget.length);
  for (let edge = 0; edge < harm.length; edge++) {
    const choice = edgeChoice[edge]!;
    if (choice >= 0 && isHarmful[choice]) harm[edge] = 1;
  }
  // Every explored state was reached from a root, and end states have no edges, so the pass needs
  // neither a reached mark nor an ending test; a state's parent is set the first time it is met.
  const harms = new Uint8Array(count);
  const parent = new Int32Array(count).fill(-1);
  for (let at = 0; at < order.length; at++) {
    const state = order[at]!;
    const here = harms[state]!;
    for (let edge = edgeStart[state]!, stop = edgeStart[state + 1]!; edge < stop; edge++) {
      const next = Math.min(HARMFUL_FORGIVEN, here + harm[edge]!);
      const target = edgeTarget[edge]!;
      if (parent[target] !== -1 && harms[target]! >= next) continue;
      harms[target] = next;
      parent[target] = edge;
    }
  }
  for (let ending = 0; ending < atEnding.length; ending++) {
    if (!wanted[ending]) continue;
    const states = atEnding[ending]!;
    for (let at = 0; at < states.length; at++) {
      if (harms[states[at]!] !== HARMFUL_FORGIVEN) continue;
      found.set(ending, routeBack(graph, parent, states[at]!));
      break;
    }
  }
}

/** The end states by ending, in discovery order, read from each state (when groups.ts's are not at hand). */
function endStates(graph: StateGraph): number[][] {
  const ends: number[][] = graph.scenario.endings.map(() => []);
  for (let state = 0; state < graph.count; state++) {
    const ending = endingOf(graph, state);
    if (ending >= 0) ends[ending]!.push(state);
  }
  return ends;
}

/** The route along parent edges back to a root. */
function routeBack(graph: StateGraph, parent: Int32Array, state: number): Route {
  const choices: string[] = [];
  const rolls: string[] = [];
  for (let at = state; parent[at]! >= 0; at = sourceOf(graph, parent[at]!)) {
    const edge = parent[at]!;
    if (graph.edgeChoice[edge]! >= 0) choices.push(graph.choiceIds[graph.edgeChoice[edge]!]!);
    if (graph.edgeRolls[edge]) rolls.push(graph.edgeRolls[edge]!);
  }
  return { choices: choices.reverse(), rolls: rolls.reverse() };
}

/**
 * Past the state cap: playthroughs that take the best-rated offered choice except at up to
 * SEARCH_DEVIATIONS decisions (a limited-discrepancy search, depth first, every chance outcome
 * followed), within SEARCH_STEPS engine steps. What it finds is proven; what it misses is not ruled out.
 */
export function forgivenBySearch(scenario: Scenario, brancher: Brancher): Forgiven {
  const want = targets(scenario);
  const missed = new Map<number, Route>();
  const deficient = new Set<number>();
  const harmful = new Map<number, Route>();
  if (!want.endings.some(Boolean)) return { missed, deficient, harmful, method: 'search', exhausted: true };
  const { compiled, layout } = brancher.packed;
  const deadlines = scenario.deadlines.length;
  const rank = { recommended: 0, acceptable: 1, harmful: 2 } as const;
  const wanted = want.endings.filter(Boolean).length * (1 + want.deadlines.filter(Boolean).length);
  const start = brancher.steps();
  let stopped = false;
  const walk = (state: Float64Array, left: number, harms: number, route: string[], rolls: string[], depth: number): void => {
    if (stopped) return;
    if (brancher.steps() - start > SEARCH_STEPS || depth > 1_000) {
      stopped = true;
      return;
    }
    const ending = readField(state, 0, layout.ending);
    if (ending >= 0) {
      if (!want.endings[ending]) return;
      const found = { choices: [...route], rolls: [...rolls] };
      if (harms >= HARMFUL_FORGIVEN && !harmful.has(ending)) harmful.set(ending, found);
      for (let d = 0; d < deadlines; d++) {
        const key = ending * deadlines + d;
        const status = readField(state, 0, layout.deadlineStatus[d]!);
        if (!want.deadlines[d] || missed.has(key) || !failed(status)) continue;
        missed.set(key, found);
        if (status === DEFICIENT) deficient.add(key);
      }
      if (missed.size + harmful.size >= wanted) stopped = true;
      return;
    }
    const moves: (number | null)[] = brancher.decides(state)
      ? brancher.offered(state).sort((a, b) => rank[compiled.choiceList[a]!.rating] - rank[compiled.choiceList[b]!.rating])
      : brancher.continues(state)
        ? [null]
        : [];
    moves.forEach((choice, at) => {
      if (at > 0 && left === 0) return;
      const taken = choice === null ? null : compiled.choiceList[choice]!;
      for (const branch of brancher.step(state, choice)) {
        if (taken) route.push(taken.id);
        if (branch.rolls) rolls.push(branch.rolls);
        walk(branch.state, left - (at > 0 ? 1 : 0), harms + (taken?.rating === 'harmful' ? 1 : 0), route, rolls, depth + 1);
        if (taken) route.pop();
        if (branch.rolls) rolls.pop();
      }
    });
  };
  for (const root of brancher.initial()) walk(root.state, SEARCH_DEVIATIONS, 0, [], root.rolls ? [root.rolls] : [], 0);
  return { missed, deficient, harmful, method: 'search', exhausted: !stopped || missed.size + harmful.size >= wanted };
}

export function forgivenFindings(scenario: Scenario, forgiven: Forgiven): Found[] {
  const deadlines = scenario.deadlines.length;
  const how = forgiven.method === 'graph' ? 'found in the explored state graph' : 'found by a bounded search of playthroughs';
  const found: Found[] = [];
  for (const [key, route] of [...forgiven.missed].sort((a, b) => a[0] - b[0])) {
    const endingIndex = Math.floor(key / deadlines);
    const deadlineIndex = key % deadlines;
    const ending = scenario.endings[endingIndex]!;
    const deadline = scenario.deadlines[deadlineIndex]!;
    const [was, failing, failure] = forgiven.deficient.has(key) ? ['met deficiently', 'meeting it deficiently', 'the deficient filing'] : ['missed', 'missing it', 'the miss'];
    const words = { ending: ending.id, tone: toneWords(ending.tone), deadline: deadline.id, how: { key: `how.${forgiven.method}`, values: {} } };
    found.push({
      code: 'CR530',
      words: { key: forgiven.deficient.has(key) ? 'CR530.deficient' : 'CR530.missed', values: words },
      message: `ending '${ending.id}' (${ending.tone}) is reachable after deadline '${deadline.id}' was ${was} (${how}), so ${failing} leaves no lasting mark. Make the ending need the deadline met ("and met(${deadline.id})", false when missed or met deficiently), or let ${failure} cap a meter or set a flag an ending reads; if the ending is meant to forgive it, say forgivable: true on the deadline or the ending`,
      path: ['endings', endingIndex, ending.when ? 'when' : 'id'],
      places: [['endings', endingIndex], ['deadlines', deadlineIndex]],
      route: route.choices,
      rolls: route.rolls,
    });
  }
  for (const [endingIndex, route] of [...forgiven.harmful].sort((a, b) => a[0] - b[0])) {
    const ending = scenario.endings[endingIndex]!;
    found.push({
      code: 'CR531',
      words: { key: 'CR531', values: { ending: ending.id, tone: toneWords(ending.tone), harmful: HARMFUL_FORGIVEN, how: { key: `how.${forgiven.method}`, values: {} } } },
      message: `ending '${ending.id}' (${ending.tone}) is reachable after ${HARMFUL_FORGIVEN} or more choices rated harmful (${how}), so harmful moves leave no lasting mark. Let harmful moves set flags or cap meters the ending reads, or make the ending ask for more; if it is meant to forgive them, say forgivable: true on the ending`,
      path: ['endings', endingIndex, ending.when ? 'when' : 'id'],
      places: [['endings', endingIndex]],
      route: route.choices,
      rolls: route.rolls,
    });
  }
  return found;
}
