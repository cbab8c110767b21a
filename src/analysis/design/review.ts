/**
 * The design review of a scenario: findings that tell an author where a team can win without
 * judging (tells, no trade-offs, surface strategies, forgiven failures) and parts that do nothing
 * (unread flags, unseen facts, triggers that hold from the start). Each has a stable code
 * (CR520..., src/scenario/design-codes.ts), the place to change and how. See docs/authoring-tools.md.
 */
import { DESIGN_CODES } from '../../scenario/design-codes';
import { formatPath, type Path } from '../../scenario/index';
import type { Range } from '../../scenario/diagnostic';
import type { Scenario } from '../../scenario/types';
import { readField } from '../../engine/layout';
import { spent, type Budget } from '../budget';
import type { StateGraph } from '../explore';
import type { StateGroups } from '../groups';
import { createBrancher } from './branches';
import { forgivenBySearch, forgivenFindings, forgivenInGraph } from './forgiven';
import { correctedFindings } from './corrected';
import { playStrategies, surfaceStrategies } from './strategies';
import { firstTells, longestTells, ratedDecisions } from './tells';
import { SCORE_MARGIN } from './thresholds';
import { noTradeOffs } from './trade-off';
import type { DesignFinding, FindingWords, Found, StrategyReport } from './types';
import { earlyTriggers, unusedParts } from './unused';
import { toneWords } from '../../i18n/tone-words';

/** Positions of YAML paths in the scenario's file, as the loader keeps them. */
export interface FindingPositions {
  readonly file: string;
  at(path: Path): Range;
}

export interface DesignInput {
  readonly scenario: Scenario;
  readonly graph: StateGraph;
  /** The exploration's topological order, when it has one (dag.ts). */
  readonly topological?: { readonly order: ArrayLike<number>; readonly acyclic: boolean };
  /** The exploration's shortest routes (dag.ts), for routes to end states. */
  readonly routes: { readonly choices: Int32Array; readonly parentEdge: Int32Array; readonly parentState: Int32Array };
  /** The best score any playthrough reaches, when known exactly. */
  readonly bestScore: number | null;
  readonly positions?: FindingPositions;
  /** The explored states by beat and by ending (groups.ts), when the analysis has them. */
  readonly groups?: Pick<StateGroups, 'atBeat' | 'atEnding'>;
  /** The analysis's budget: the strategy, forgiveness and trade-off searches spend from it. */
  readonly budget?: Budget;
}

export interface DesignReview {
  readonly findings: DesignFinding[];
  readonly strategies: StrategyReport[];
  /** True when the budget ran out: the findings that need a search are left out, not guessed. */
  readonly partial: boolean;
  /** True when the corrected strategies (CR529) were all played: none found is then none there. */
  readonly corrected: boolean;
}

function strategyFindings(scenario: Scenario, reports: readonly StrategyReport[], bestScore: number | null): Found[] {
  // One finding per category: its two strategies (first, longest) show the same pattern.
  const categories = new Set<string>();
  return reports.flatMap((report): Found[] => {
    if (!report.wins) return [];
    if (report.category !== undefined) {
      if (categories.has(report.category)) return [];
      categories.add(report.category);
    }
    const run = report.best;
    const endingIndex = scenario.endings.findIndex((ending) => ending.id === run.ending);
    const chance = report.playthroughs > 1 ? ` (its best of ${report.playthroughs} chance outcomes)` : '';
    const near = bestScore === null ? '' : ` (the best is ${bestScore}; within ${SCORE_MARGIN} of it counts)`;
    const words: FindingWords = {
      key: 'surface',
      values: {
        strategy: report.strategy,
        description: report.descriptionWords,
        ending: run.ending ?? '',
        tone: run.tone === null ? '' : toneWords(run.tone),
        score: run.score,
        chance: report.playthroughs > 1 ? { key: 'surface.chance', values: { playthroughs: report.playthroughs } } : '',
        near: bestScore === null ? '' : { key: 'surface.near', values: { best: bestScore, margin: SCORE_MARGIN } },
        advice: { key: report.code === 'CR528' ? 'surface.adviceCategory' : 'surface.advicePattern', values: {} },
      },
    };
    return [
      {
        code: report.code,
        message: `the surface strategy ${report.strategy} (${report.description}) reaches '${run.ending}' (${run.tone}) with score ${run.score}${chance}. A team can win without judging anything: no strategy that reads only the surface may reach a good or best ending or score near the best${near}. ${report.code === 'CR528' ? 'The room sees each choice\'s category: let this category be wrong at some decisions (premature, over-claimed, addressed to the wrong audience)' : 'Break the pattern it follows (see the CR520-CR522 findings)'}, or make this ending ask for what only judgment finds`,
        words,
        path: endingIndex >= 0 ? ['endings', endingIndex] : [],
        places: [[]],
        route: run.route,
        rolls: run.rolls,
      },
    ];
  });
}

/** Applies positions and the author's allowances; sorted by code, then by place in the file. */
function finish(scenario: Scenario, found: readonly Found[], positions: FindingPositions | undefined): DesignFinding[] {
  const allowances = scenario.allowances ?? [];
  return found
    .map((f): DesignFinding => {
      const places = f.places.map(formatPath);
      const allowed = allowances.find((allow) => allow.finding === f.code && places.includes(allow.at));
      const start = positions?.at(f.path).start;
      return {
        code: f.code,
        title: DESIGN_CODES[f.code].title,
        message: f.message,
        ...(f.words === undefined ? {} : { words: f.words }),
        path: formatPath(f.path),
        file: positions?.file ?? null,
        line: start?.line ?? null,
        col: start?.col ?? null,
        offset: start?.offset ?? null,
        places,
        silenced: allowed?.reason ?? null,
        route: f.route ?? null,
        rolls: f.rolls ?? [],
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code) || (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
}

/** Every design finding of a scenario, and every surface strategy's outcome. */
export function reviewDesign(input: DesignInput): DesignReview {
  const { scenario, graph, budget } = input;
  const brancher = createBrancher(scenario, budget);
  // A search cut short by the budget saw only some outcomes: whatever it found is not a finding.
  const over = (): boolean => budget !== undefined && spent(budget);
  const seen = new Map<number, Float64Array>();
  const surface = surfaceStrategies(scenario, brancher);
  const played = playStrategies(scenario, brancher, surface, input.bestScore, seen);
  const strategies = over() ? [] : played;
  // Each decision is judged where the exploration first met its beat (fewest moves), else where a strategy did.
  const probes = new Map<number, Float64Array>();
  const { layout, data } = graph;
  const keep = (beat: number, state: number): void => {
    const offset = state * layout.keyWidth;
    const full = new Float64Array(layout.width);
    full.set(data.subarray(offset, offset + layout.keyWidth));
    probes.set(beat, full);
  };
  if (input.groups) {
    // Each beat's states are in discovery order, so the first is one the fewest moves reach.
    input.groups.atBeat.forEach((states, beat) => states.length > 0 && keep(beat, states[0]!));
  } else {
    for (let state = 0; state < graph.count && probes.size < scenario.beats.length; state++) {
      const offset = state * layout.keyWidth;
      const beat = readField(data, offset, layout.beat);
      if (readField(data, offset, layout.ending) < 0 && !probes.has(beat)) keep(beat, state);
    }
  }
  const probe = (beat: number): Float64Array | undefined => probes.get(beat) ?? seen.get(beat);
  const rated = ratedDecisions(scenario);
  const searched = (find: () => Found[]): Found[] => {
    if (over()) return [];
    const found = find();
    return over() ? [] : found;
  };
  const found: Found[] = [
    ...longestTells(scenario, rated),
    ...firstTells(rated),
    ...searched(() => noTradeOffs(scenario, brancher, rated, probe)),
    ...strategyFindings(scenario, strategies, input.bestScore),
    ...searched(() => forgivenFindings(scenario, graph.complete ? forgivenInGraph(graph, input.routes, input.topological, input.groups?.atEnding) : forgivenBySearch(scenario, brancher))),
    ...unusedParts(scenario),
    ...searched(() => earlyTriggers(scenario, brancher)),
  ];
  const partial = over();
  // Last, and within what the budget has left, so it never cuts the searches above short.
  const corrected = partial ? { found: [], complete: false } : correctedFindings(scenario, brancher, surface, strategies, input.bestScore, budget);
  return { findings: finish(scenario, [...found, ...corrected.found], input.positions), strategies, partial, corrected: corrected.complete };
}
