/**
 * The checked scenario model: what the loader hands to the engine, the analysis tools and the
 * debrief once a YAML file has passed every check. Plain JSON-serialisable data; conditions are
 * already parsed into trees and every reference is known to resolve.
 *
 * The YAML keys are documented in docs/scenario-format.md; this model mirrors them with defaults
 * filled in and snake_case keys turned into camelCase.
 */

import type { Condition } from './condition-types';
import type { Objective } from './rubric-types';
import type { ImprovementPlanSettings } from './plan-types';
import type { Credibility } from './claim-types';
import type { Deadline } from './deadline-types';
import type { Text, TextCase } from './text-types';
import type { Decision } from './choice-types';
import type { AuthorNotes, CaseTimeline, Module, Question } from './facilitation-types';
import type { Outcome } from './effect-types';
import type { Inject, OptionalInject } from './inject-types';

export type { CompareOp, Condition, ConditionFn, Expr } from './condition-types';
export type { Evidence, Objective } from './rubric-types';
export type { ClaimsTest } from './rubric-types';
export type { ImprovementPlanSettings, PlanAssignment } from './plan-types';
export type { Claim, ClaimFigure, Credibility } from './claim-types';
export type { Deadline } from './deadline-types';
export type { Text, TextCase } from './text-types';
export type { Choice, Decision, Rating, Strategy } from './choice-types';
export { END, RATINGS, RETURN, STRATEGIES } from './choice-types';
export type { MeterChange, Outcome } from './effect-types';
export type { Inject, InjectKind, InjectVariant, OptionalInject } from './inject-types';
export { INJECT_KINDS } from './inject-types';
export type {
  Artefact,
  AuthorNotes,
  CaseTimeline,
  CaseTimelineEntry,
  Module,
  Question,
  SourcedFact,
} from './facilitation-types';

/** The three move categories every scenario has; a scenario may declare more. */
export const BUILT_IN_CATEGORIES = ['disclosure', 'leadership', 'legal'] as const;

export type Confidence = 'confirmed' | 'preliminary' | 'estimate';
export const CONFIDENCES: readonly Confidence[] = ['confirmed', 'preliminary', 'estimate'];

/** Who a claim was made to: the public (a press statement), or the regulator (a filing). */
export type Audience = 'public' | 'regulator';
export const AUDIENCES: readonly Audience[] = ['public', 'regulator'];

export type Difficulty = 'introductory' | 'intermediate' | 'advanced';

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

export interface Band {
  /** The lowest value in this band; a band runs up to the next band's `from` minus one. */
  readonly from: number;
  readonly label: Text;
}

export interface Meter {
  readonly id: string;
  readonly label: Text;
  readonly description?: Text;
  readonly min: number;
  readonly max: number;
  readonly start: number;
  /** Which end is good: `high` for trust, `low` for liability. */
  readonly good: 'high' | 'low';
  /** Ordered by `from`, ascending; the first starts at `min`. */
  readonly bands: readonly Band[];
  /** Headline meters are drawn large; others small. Defaults to true for the first two. */
  readonly headline: boolean;
}

export interface Flag {
  readonly id: string;
  readonly description?: Text;
  readonly start: boolean;
}

export interface Fact {
  readonly id: string;
  readonly label: Text;
  readonly start: number;
  readonly unit?: Text;
  /** Overrides `credibility.tolerance` for point claims about this fact. */
  readonly tolerance?: number;
}

export interface Category {
  readonly id: string;
  readonly label: Text;
}

/**
 * A role at the table (chief executive, general counsel, ...). Injects can be addressed to roles;
 * the briefing lists them and the facilitator prints one card per role.
 */
export interface Role {
  readonly id: string;
  readonly label: Text;
  /** What this role wants and answers for; briefs whose incentives conflict make the room argue. */
  readonly brief?: Text;
}

// ---------------------------------------------------------------------------------------------
// Beats (decisions and choices are in choice-types.ts)
// ---------------------------------------------------------------------------------------------

export interface Facilitation {
  readonly notes?: Text;
  /** Discussion questions, each for the room or for one role (`{ role, text }` in the file). */
  readonly questions: readonly Question[];
}

export interface Beat {
  readonly id: string;
  readonly title: Text;
  /**
   * In-game hours since the scenario's start; entering the beat moves the clock here (never
   * back). 0 on a beat whose time is relative (`after`).
   */
  readonly at: number;
  /** `at: "+24"` in the file: entering the beat moves the clock this many hours on from the hour of entry. */
  readonly after?: number;
  readonly injects: readonly Inject[];
  /** Applied when the beat is entered (a forensics update revising a fact, for instance). */
  readonly onEnter: Outcome;
  /** A beat has a decision, or else a `next` the team reaches with `player.continue`. */
  readonly decision?: Decision;
  readonly next?: string;
  /**
   * A detour: reached only when a facilitator pushes an optional inject that `opens` it, never by
   * `next`, `goto` or a jump; its choices lead `next: return`, back to the interrupted beat.
   */
  readonly detour?: true;
  readonly facilitator: Facilitation;
}

// ---------------------------------------------------------------------------------------------
// Triggers, deadlines, credibility, endings, rubric
// ---------------------------------------------------------------------------------------------

export interface Trigger {
  readonly id: string;
  readonly when: Condition;
  /** 0 < chance <= 1; rolled once, when the condition first holds. Defaults to 1. */
  readonly chance: number;
  readonly inject?: Inject;
  readonly outcome: Outcome;
  /** Jump to this beat instead of the one being entered (checked only on entering a beat). */
  readonly goto?: string;
}

export interface Ending {
  readonly id: string;
  readonly title: Text;
  /** Absent only on the last ending, the fallback. */
  readonly when?: Condition;
  readonly epilogue: Text;
  /** Conditional epilogues, tried against the state when the ending is reached. */
  readonly epilogueCases?: readonly TextCase[];
  /** How good this ending is, for the debrief and analysis: best, good, mixed, poor, worst. */
  readonly tone: 'best' | 'good' | 'mixed' | 'poor' | 'worst';
  /** The author means this ending to stay reachable after missed deadlines or harmful choices (no design finding). */
  readonly forgivable?: boolean;
}

/**
 * An author's `allow: [{ finding, reason }]`: one design finding of `crisis-room analyze`
 * silenced at one place, with the reason shown beside it in the report.
 */
export interface Allowance {
  /** A design finding code (CR520...), see design-codes.ts. */
  readonly finding: string;
  readonly reason: string;
  /** The YAML path of the place it sits on (`beats[2].decision`, `flags[0]`), `` for the root. */
  readonly at: string;
}

export interface ScenarioMeta {
  readonly id: string;
  readonly title: Text;
  readonly summary: Text;
  readonly version: string;
  readonly author: string;
  readonly durationMinutes: number;
  readonly difficulty: Difficulty;
  readonly audience: Text;
  readonly objectives: readonly Text[];
  readonly caseNote: Text;
  /** Who the players are ("the executive crisis team of ..."). */
  readonly role: Text;
  /** ISO local date-time of hour 0 ("2025-11-18T09:00"): for display, and the calendar of business-day deadlines. */
  readonly clockStart: string;
}

export interface Scenario {
  readonly format: 1;
  readonly meta: ScenarioMeta;
  /** Declared languages, default first. Every text must have each when given as a map. */
  readonly languages: readonly string[];
  /** Built-in categories first, then declared ones. */
  readonly categories: readonly Category[];
  /**
   * The roles at the table: the declared ones in file order, then any built-in role an inject
   * addresses without declaring it. Empty when the scenario uses no roles.
   */
  readonly roles: readonly Role[];
  readonly meters: readonly Meter[];
  readonly flags: readonly Flag[];
  readonly facts: readonly Fact[];
  readonly start: string;
  readonly beats: readonly Beat[];
  readonly triggers: readonly Trigger[];
  readonly deadlines: readonly Deadline[];
  readonly credibility: Credibility;
  readonly endings: readonly Ending[];
  readonly rubric: readonly Objective[];
  readonly optionalInjects: readonly OptionalInject[];
  /** Owners and due intervals of the debrief's corrective actions, when the scenario sets any. */
  readonly improvementPlan?: ImprovementPlanSettings;
  /** Design findings the author silenced, each at one place (absent: none). */
  readonly allowances?: readonly Allowance[];
  /** CISA-style modules in play order, each a run of beats (absent: none). */
  readonly modules?: readonly Module[];
  /** What the real organisation did, for the debrief (absent: an invented case, or none given). */
  readonly caseTimeline?: CaseTimeline;
  /** Sources, invented elements and compressed time (absent: none given). */
  readonly authorNotes?: AuthorNotes;
  /** A hash of the source text, carried by saves so a changed scenario is noticed. */
  readonly hash: string;
}
