import type { PushedOnly } from './pushed';
import type { ClampedEffect, ConditionFinding, Range } from './findings';
import type { EndingGuarantee } from './always-ends';
import type { ScoreRange } from './score-range';
import type { DesignFinding, FindingWords, StrategyReport } from './design/types';
import type { Allowance, Ending } from '../scenario/types';
import type { ConditionalTextReport } from './text-reads';
import type { RefusalCode, RefusalValues } from '../engine/refusal';

/** Meter id to its minimum and maximum. */
export type MeterRanges = Readonly<Record<string, Range>>;

/** An offered move the engine refused: its English (`reason`), and its code and values to word it in another language. */
export interface AnalysisRefusal {
  readonly beat: string;
  readonly event: string;
  readonly reason: string;
  readonly code: RefusalCode;
  readonly values: RefusalValues;
}

export interface BeatReport {
  readonly id: string;
  readonly reachable: boolean;
  /** Distinct states at this beat (before an ending). */
  readonly states: number;
  /** Each meter's range on arriving at (and waiting in) this beat; null when unreachable. */
  readonly meters: MeterRanges | null;
}

export interface ChoiceReport {
  readonly id: string;
  readonly beat: string;
  readonly reachable: boolean;
  /** Endings this choice leads to directly (choices whose next is `end`). */
  readonly endings: readonly string[];
}

export interface TriggerReport {
  readonly id: string;
  /** Its condition held in some playthrough. */
  readonly reachable: boolean;
}

export interface EndingReport {
  readonly id: string;
  readonly tone: Ending['tone'];
  readonly reachable: boolean;
  /** The fewest choices that reach it, in order (when the analysis is partial: a route found); null when unreachable. */
  readonly shortestPath: readonly string[] | null;
  /** Chance outcomes the shortest path relies on (`leak+` fired, `leak-` did not). */
  readonly rolls: readonly string[];
  /**
   * When the route comes from a sampled playthrough (partial analysis): the engine seed it ran
   * with, since chance along the route depends on it (`followChoices(rules, route, seed)`).
   */
  readonly seed: number | null;
  /** Distinct playthroughs that end here; null when they cannot be counted (cap or loop). */
  readonly paths: bigint | null;
  readonly meters: MeterRanges | null;
}

export interface StuckReport {
  readonly beat: string;
  readonly path: readonly string[];
  readonly rolls: readonly string[];
}

/** Everything `analyze` finds; bigints become decimal strings in `analysisToJson`. */
export interface Analysis {
  readonly scenario: string;
  /** False when the state cap stopped the exploration: then "unreachable" means "not seen". */
  readonly complete: boolean;
  readonly maxStates: number;
  /** Why the analysis is partial, in words; null when complete. */
  readonly capMessage: string | null;
  /** The same as catalog words, for the report in another language. */
  readonly capWords: FindingWords | null;
  readonly states: number;
  readonly transitions: number;
  readonly paths: {
    /** Distinct complete playthroughs (start to an ending); null when they cannot be counted. */
    readonly total: bigint | null;
    /** Distinct playthroughs that get stuck at a dead end. */
    readonly deadEnds: bigint | null;
    readonly note: string | null;
  };
  readonly beats: readonly BeatReport[];
  readonly choices: readonly ChoiceReport[];
  readonly triggers: readonly TriggerReport[];
  readonly endings: readonly EndingReport[];
  readonly unreachable: {
    readonly beats: readonly string[];
    readonly choices: readonly string[];
    readonly triggers: readonly string[];
    readonly endings: readonly string[];
  };
  /**
   * Detour beats, their choices, and triggers that need what only a push sets: the exploration
   * makes no push, so these are neither explored nor counted unreachable (test plans cover them).
   */
  readonly pushed: PushedOnly;
  readonly conditions: readonly ConditionFinding[];
  readonly clampedEffects: readonly ClampedEffect[];
  /** Unfinished states where nothing can be chosen: one entry per beat, with the shortest route. */
  readonly deadEnds: readonly StuckReport[];
  /** Beats of states from which no ending can be reached any more (dead ends and endless loops). */
  readonly noWayOut: readonly StuckReport[];
  /** True when some playthrough can loop (a cycle of states). */
  readonly loops: boolean;
  /** Whether the scenario's shape alone proves that no team can get stuck (holds past the cap too). */
  readonly alwaysEnds: EndingGuarantee;
  readonly score: ScoreRange;
  /** When the cap stopped the exploration: how many sampled playthroughs looked for what it missed. */
  readonly witnessRuns: number | null;
  /** Triggers with a chance below 1: both outcomes of each roll are explored. */
  readonly chance: readonly string[];
  /** Texts with `when` variants: what the variants read, and the flags that vary where each is shown. */
  readonly texts: readonly ConditionalTextReport[];
  /** Events the engine refused although they were offered: an engine bug if ever non-empty. */
  readonly refusals: readonly AnalysisRefusal[];
  /** Design findings for the author (docs/authoring-tools.md), silenced ones included with their reason. */
  readonly design: readonly DesignFinding[];
  /** Every surface strategy played through the rules, with its ending and score, finding or not. */
  readonly strategies: readonly StrategyReport[];
  /** `allow` entries that silence no finding, where the analysis is sure none is there (design/stale.ts). */
  readonly staleAllowances: readonly Allowance[];
  /** The one budget of engine steps every search spent from, and what its running out left out. */
  readonly budget: {
    readonly steps: number;
    readonly maxSteps: number;
    readonly spent: boolean;
    /** What stopped short because the budget ran out, in words; null when it did not. */
    readonly message: string | null;
    readonly words: FindingWords | null;
  };
}
