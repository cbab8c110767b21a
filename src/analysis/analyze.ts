import { END_INDEX } from '../engine/compiled';
import { pushedOnly } from './pushed';
import { END, type Scenario } from '../scenario/types';
import { alwaysEnds } from './always-ends';
import { createBudget, spent, stepLimitText, type Budget } from './budget';
import { canFinish, countPaths, routeTo, shortestRoutes, topologicalOrder } from './dag';
import { beatOf, DEFAULT_MAX_STATES, endingOf, explore, type StateGraph } from './explore';
import { clampedEffects, conditionFindings } from './findings';
import { groupStates } from './groups';
import { scoreRange } from './score-range';
import { searchScoreRange } from './score-search';
import { findWitnesses, type Witnesses } from './witness';
import { reviewDesign, type FindingPositions } from './design/review';
import { staleAllowances } from './design/stale';
import { conditionalTexts } from './text-reads';
import type { Analysis, BeatReport, StuckReport } from './types';
import type { FindingWords } from '../i18n/finding-words';

/** What the budget's running out cut short, in the budget message's English. */
const SHORT_PARTS = {
  exploration: 'the exploration',
  sampled: 'the sampled playthroughs',
  scores: 'the best and worst scores',
  design: 'the design findings that need a search',
} as const;

export interface AnalyzeOptions {
  /** Stop after this many distinct states (default 1,000,000) and say so. */
  readonly maxStates?: number;
  /** When the cap stops the exploration: sampled playthroughs to look for what was not seen (default 20,000). */
  readonly witnessRuns?: number;
  /** When the cap stops the exploration: engine steps the exact best/worst search may take (default 1,000,000). */
  readonly searchSteps?: number;
  /**
   * Engine steps the whole analysis may take (default 10,000,000): the exploration, the sampled
   * witnesses, the score search and the design review all spend from this one budget.
   */
  readonly maxSteps?: number;
  /** A budget to spend from instead (its own state cap and steps): for callers that share one. */
  readonly budget?: Budget;
  /** The loader's positions of the file (`LoadResult.positions`), so design findings carry file:line:col. */
  readonly positions?: FindingPositions;
}

/** One report per beat: the first state (shortest route) at that beat among `states`. */
function stuckByBeat(graph: StateGraph, states: readonly number[], routes: ReturnType<typeof shortestRoutes>): StuckReport[] {
  const byBeat = new Map<string, number>();
  for (const state of states) {
    const beat = graph.scenario.beats[beatOf(graph, state)]!.id;
    const known = byBeat.get(beat);
    if (known === undefined || routes.choices[state]! < routes.choices[known]!) byBeat.set(beat, state);
  }
  return [...byBeat].map(([beat, state]) => ({ beat, ...pathOf(routeTo(graph, routes.parentEdge, routes.parentState, state)) }));
}

/** Sampled playthroughs looking for the beats, choices and endings the capped exploration missed. */
function witnessesFor(graph: StateGraph, runs: number, budget: Budget): Witnesses {
  const seenBeats = graph.enteredBeats;
  const { scenario } = graph;
  const seenEndings = new Set<string>();
  for (let state = 0; state < graph.count; state++) if (endingOf(graph, state) >= 0) seenEndings.add(scenario.endings[endingOf(graph, state)]!.id);
  const seenChoices = new Set<string>();
  for (let edge = 0; edge < graph.edgeChoice.length; edge++) if (graph.edgeChoice[edge]! >= 0) seenChoices.add(graph.choiceIds[graph.edgeChoice[edge]!]!);
  // What only a push reaches is never sampled either: waiting for it would spend every run.
  const pushed = pushedOnly(scenario);
  const wanted = (found: Witnesses): boolean =>
    scenario.beats.some((b) => !b.detour && !seenBeats.has(b.id) && !found.beats.has(b.id)) ||
    scenario.endings.some((e) => !seenEndings.has(e.id) && !found.endings.has(e.id)) ||
    graph.choiceIds.some((id) => !pushed.choices.includes(id) && !seenChoices.has(id) && !found.choices.has(id));
  return findWitnesses(scenario, { runs, seed: 1, wanted, budget });
}

function mergeDeadEnds(found: StuckReport[], witnessed: Witnesses | null): StuckReport[] {
  if (!witnessed) return found;
  const merged = [...found];
  for (const [beat, path] of witnessed.deadEnds) if (!merged.some((stuck) => stuck.beat === beat)) merged.push({ beat, path: [...path], rolls: [] });
  return merged;
}

const pathOf = (route: { choices: string[]; rolls: string[] }): { path: string[]; rolls: string[] } => ({ path: route.choices, rolls: route.rolls });

/**
 * Exhaustive analysis of a checked scenario: every state a team can reach, explored breadth first
 * through the engine's pure `step` and memoised on a compact state key. See docs/authoring-tools.md.
 */
export function analyze(scenario: Scenario, options: AnalyzeOptions = {}): Analysis {
  const budget = options.budget ?? createBudget({ maxStates: options.maxStates ?? DEFAULT_MAX_STATES, ...(options.maxSteps !== undefined && { maxSteps: options.maxSteps }) });
  const { maxStates } = budget;
  const graph = explore(scenario, { budget });
  const { order, acyclic } = topologicalOrder(graph);
  const counted = graph.complete && acyclic;
  const paths = counted ? countPaths(graph, order) : null;
  const routes = shortestRoutes(graph);
  const finishes = canFinish(graph, { order, acyclic });

  const witnessed = graph.complete ? null : witnessesFor(graph, options.witnessRuns ?? 20_000, budget);
  const enteredBeats = new Set<string>([...graph.enteredBeats, ...(witnessed?.beats.keys() ?? [])]);
  const groups = groupStates(graph);
  const { atEnding } = groups;
  const beats: BeatReport[] = scenario.beats.map((beat, index) => ({
    id: beat.id,
    reachable: enteredBeats.has(beat.id),
    states: groups.atBeat[index]!.length,
    meters: groups.beatRanges(index),
  }));

  // Per choice (by index): taken on some edge, and the endings its edges reach (choice x ending).
  const taken = new Uint8Array(graph.choiceIds.length);
  const endingCount = scenario.endings.length;
  const choiceEndings = new Uint8Array(graph.choiceIds.length * endingCount);
  // Only a choice that leads to `end` resolves an ending; the others' targets need no reading.
  const ends = graph.rules.compiled.choiceNext.map((next) => next === END_INDEX);
  for (let edge = 0; edge < graph.edgeChoice.length; edge++) {
    const choice = graph.edgeChoice[edge]!;
    if (choice < 0) continue;
    taken[choice] = 1;
    if (!ends[choice]) continue;
    const ending = endingOf(graph, graph.edgeTarget[edge]!);
    if (ending >= 0) choiceEndings[choice * endingCount + ending] = 1;
  }
  const choices = scenario.beats.flatMap((beat) =>
    (beat.decision?.choices ?? []).map((choice) => {
      const index = graph.choiceIds.indexOf(choice.id);
      const endings = choice.next === END ? scenario.endings.filter((_e, at) => choiceEndings[index * endingCount + at] === 1).map((e) => e.id) : [];
      return { id: choice.id, beat: beat.id, reachable: taken[index] === 1 || (witnessed?.choices.has(choice.id) ?? false), endings };
    }),
  );

  const triggers = scenario.triggers.map((trigger, index) => ({ id: trigger.id, reachable: groups.fired[index]! || (witnessed?.triggers.has(trigger.id) ?? false) }));

  let total = 0n;
  const endings = scenario.endings.map((ending, endingIndex) => {
    let best = -1;
    const states = atEnding[endingIndex]!;
    for (let at = 0; at < states.length; at++) if (best < 0 || routes.choices[states[at]!]! < routes.choices[best]!) best = states[at]!;
    const count = paths ? paths.sum(atEnding[endingIndex]!) : 0n;
    total += count;
    const sampled = witnessed?.endings.get(ending.id);
    const route = best >= 0 ? routeTo(graph, routes.parentEdge, routes.parentState, best) : sampled ? { choices: [...sampled], rolls: [] } : null;
    return {
      id: ending.id,
      tone: ending.tone,
      reachable: route !== null,
      shortestPath: route?.choices ?? null,
      rolls: route?.rolls ?? [],
      seed: best < 0 && sampled ? (witnessed?.endingSeeds.get(ending.id) ?? null) : null,
      paths: paths ? count : null,
      meters: groups.endingRanges(endingIndex),
    };
  });
  const deadEndPaths = paths ? paths.sum(graph.deadEnds) : 0n;

  const stuck: number[] = [];
  const deadEnd = new Uint8Array(graph.count);
  for (const state of graph.deadEnds) deadEnd[state] = 1;
  for (let state = 0; state < graph.expanded; state++) if (!finishes[state] && !deadEnd[state]) stuck.push(state);

  const stoppedAt =
    graph.stoppedBy === 'steps'
      ? `ran out of its budget of ${stepLimitText(budget)} after ${graph.count.toLocaleString('en-US')} distinct states (chance triggers that can fire in the same step fork 2^n ways)`
      : `stopped at the state cap of ${maxStates.toLocaleString('en-US')} distinct states`;
  const stoppedWords: FindingWords =
    graph.stoppedBy === 'steps'
      ? { key: 'report.cap.steps', values: { steps: budget.maxSteps.toLocaleString('en-US'), states: graph.count.toLocaleString('en-US') } }
      : { key: 'report.cap.states', values: { states: maxStates.toLocaleString('en-US') } };
  const capWords: FindingWords | null = graph.complete ? null : { key: 'report.cap', values: { stopped: stoppedWords, runs: witnessed?.runs.toLocaleString('en-US') ?? '0' } };
  const capMessage = graph.complete
    ? null
    : `${stoppedAt}, so this analysis is partial. Reachability below combines the states seen with ${witnessed?.runs.toLocaleString('en-US') ?? 0} sampled playthroughs: "reachable" is proven (a route is shown, not necessarily the shortest), "unreachable" only means "not found". Path counts, condition and clamped-effect findings need the whole space and are left out; the best and worst scores come from a separate exact search over playthroughs (branch and bound), when it finishes. Raise the cap (crisis-room analyze --max-states, --max-steps), or make fewer states distinct (fewer meter values, flags or chose() references).`;
  // Past the cap the graph cannot give exact scores, but a branch and bound over playthroughs can.
  const score = graph.complete ? scoreRange(graph, order, acyclic) : searchScoreRange(scenario, { budget, ...(options.searchSteps !== undefined && { maxSteps: options.searchSteps }) });
  const design = reviewDesign({ scenario, graph, topological: { order, acyclic }, routes, bestScore: score.exact ? (score.best?.score ?? null) : null, positions: options.positions, groups, budget });
  const note = !graph.complete
    ? 'not counted: the exploration stopped at the state cap'
    : !acyclic
      ? 'not counted: some playthroughs can loop, so there are infinitely many'
      : null;
  const pushed = pushedOnly(scenario);
  const stoppedShort = [
    !graph.complete && graph.stoppedBy === 'steps' ? 'exploration' : null,
    witnessed && witnessed.runs < (options.witnessRuns ?? 20_000) ? 'sampled' : null,
    !score.exact ? 'scores' : null,
    design.partial ? 'design' : null,
  ].filter((part): part is keyof typeof SHORT_PARTS => part !== null);
  return {
    scenario: scenario.meta.id,
    complete: graph.complete,
    maxStates,
    capMessage,
    capWords,
    states: graph.count,
    transitions: graph.edgeTarget.length,
    paths: { total: paths ? total : null, deadEnds: paths ? deadEndPaths : null, note },
    beats,
    choices,
    triggers,
    endings,
    // What only a facilitator's push brings about is listed apart, not as unreachable (pushed.ts).
    unreachable: {
      beats: beats.filter((b) => !b.reachable && !pushed.beats.includes(b.id)).map((b) => b.id),
      choices: choices.filter((c) => !c.reachable && !pushed.choices.includes(c.id)).map((c) => c.id),
      triggers: triggers.filter((t) => !t.reachable && !pushed.triggers.includes(t.id)).map((t) => t.id),
      endings: endings.filter((e) => !e.reachable).map((e) => e.id),
    },
    pushed,
    conditions: graph.complete ? conditionFindings(graph, groups, pushed) : [],
    clampedEffects: graph.complete ? clampedEffects(graph) : [],
    deadEnds: mergeDeadEnds(stuckByBeat(graph, graph.deadEnds, routes), witnessed),
    noWayOut: graph.complete ? stuckByBeat(graph, stuck, routes) : [],
    loops: !acyclic,
    alwaysEnds: alwaysEnds(scenario),
    score,
    witnessRuns: witnessed?.runs ?? null,
    chance: scenario.triggers.filter((t) => t.chance < 1).map((t) => t.id),
    texts: conditionalTexts(scenario, graph.complete ? { graph, groups } : null),
    refusals: graph.refusals.map((r) => ({ beat: scenario.beats[beatOf(graph, r.state)]!.id, event: r.event, reason: r.reason.text, code: r.reason.code, values: r.reason.values })),
    design: design.findings,
    strategies: design.strategies,
    staleAllowances: staleAllowances(scenario, design.findings, { complete: graph.complete, searched: !design.partial, corrected: design.corrected }),
    budget: {
      steps: budget.steps,
      maxSteps: budget.maxSteps,
      spent: spent(budget),
      message: spent(budget)
        ? `the analysis used up its budget of ${stepLimitText(budget)}: ${stoppedShort.map((part) => SHORT_PARTS[part]).join(', ') || 'its last search'} stopped short. Raise it with crisis-room analyze --max-steps, or use fewer chance triggers that can fire together`
        : null,
      words: spent(budget)
        ? { key: 'report.budget', values: { steps: budget.maxSteps.toLocaleString('en-US'), parts: stoppedShort.length === 0 ? [{ key: 'report.budget.last', values: {} }] : stoppedShort.map((part) => ({ key: `report.budget.${part}`, values: {} })) } }
        : null,
    },
  };
}
