/**
 * The debrief's plain-data model: the score of a final state and the after-action report built
 * from a save. Everything here is JSON-serialisable and already in one language, so exporters
 * and views need no scenario to render it.
 */
import type { Audience, Confidence, Ending, Rating } from '../scenario/types';
import type { DeadlineStatus, SaveFile } from '../engine/types';
import type { Score } from './score-types';

export type {
  CategoryScore,
  EvidenceResult,
  ObjectiveRating,
  ObjectiveScore,
  Score,
} from './score-types';

export interface MeterChangeRecord {
  readonly meter: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly cause: string;
  /** The cause in words ("the choice", "contradicted claim (...)"). */
  readonly causeLabel: string;
}

export interface DecisionRecord {
  readonly index: number;
  readonly beat: string;
  readonly beatTitle: string;
  readonly prompt: string;
  /** In-game hours when the decision was taken, and the same as a clock label. */
  readonly time: number;
  readonly timeLabel: string;
  readonly choice: string;
  readonly label: string;
  readonly category: string;
  readonly categoryLabel: string;
  readonly rating: Rating | null;
  readonly points: number | null;
  readonly strategy: string | null;
  /** True when the clock ran out and the default choice was taken. */
  readonly expired: boolean;
  /** Real seconds from entering the beat to the decision, pauses excluded. */
  readonly seconds: number | null;
  /** Real seconds allowed, extensions included, when the decision was timed. */
  readonly limit: number | null;
  /** The outcome story the room read after the choice (the variant the engine picked); '' when it tells none. */
  readonly consequence: string;
  readonly feedback: string;
  readonly references: readonly string[];
  readonly alternatives: readonly {
    readonly choice: string;
    readonly label: string;
    readonly rating: Rating;
    readonly feedback: string;
  }[];
  /** Every meter change in the step the decision caused (its outcome and what followed). */
  readonly meterChanges: readonly MeterChangeRecord[];
}

export interface SeriesPoint {
  readonly time: number;
  readonly value: number;
}

export interface MeterSeries {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly good: 'high' | 'low';
  readonly start: number;
  readonly final: number;
  readonly finalBand: string;
  readonly points: readonly SeriesPoint[];
  /**
   * Lasting caps and floors put on the meter, in the order they came into force; absent in
   * exports written before meters could be capped.
   */
  readonly limits?: readonly MeterLimitReport[];
}

/** A lasting cap or floor on a meter: its value, when it began and what caused it. */
export interface MeterLimitReport {
  readonly bound: 'cap' | 'floor';
  readonly value: number;
  readonly time: number;
  readonly timeLabel: string;
  readonly cause: string;
  /** What caused it, in words: `deadline "Report to the PIPC" (missed)`, `the choice "Settle"`. */
  readonly causeLabel: string;
}

export interface ClaimReport {
  readonly fact: string;
  readonly factLabel: string;
  readonly unit: string;
  /** The claim's figure: the point figure, or a bound's lower edge (else its upper). */
  readonly claimed: number;
  /** The figure in words: "4,500", "at least 4,500", "up to 400,000", "4,000 to 10,000". */
  readonly said: string;
  /** Who the claim was made to. */
  readonly audience: Audience;
  readonly confidence: Confidence;
  readonly statement: string;
  readonly choice: string;
  readonly choiceLabel: string;
  readonly beat: string;
  readonly time: number;
  readonly timeLabel: string;
  /** The value at the end of the exercise. */
  readonly actual: number;
  readonly contradicted: {
    readonly value: number;
    readonly time: number;
    readonly timeLabel: string;
    /** What revised the figure (a notice cause, the one its penalty was booked to); '' in older logs. */
    readonly cause: string;
    /** That revision in words (on entering "Forensics", the choice "Deduplicate"), or ''. */
    readonly causeLabel: string;
  } | null;
}

export interface DeadlineReport {
  readonly id: string;
  readonly label: string;
  readonly reference: string;
  /**
   * Hours from the clock's start to its due hour, `starts_after` included; for a business-day
   * clock, the hours it ran to in this session (0 if it never started).
   */
  readonly hours: number;
  /** Business days allowed, or null for a clock counted in hours. */
  readonly businessDays: number | null;
  /** The window in words (window-label.ts): "72 h", "4 business days, from 24 h after it starts". */
  readonly window: string;
  readonly status: DeadlineStatus;
  readonly startedAt: number | null;
  readonly dueAt: number | null;
  readonly resolvedAt: number | null;
  readonly startedLabel: string;
  readonly dueLabel: string;
  readonly resolvedLabel: string;
}

export interface SessionEventRecord {
  readonly kind: 'pause' | 'resume' | 'undo' | 'jump' | 'inject' | 'extend' | 'end' | 'expire';
  readonly wall: number;
  readonly time: number;
  readonly timeLabel: string;
  readonly beat: string;
  readonly detail: string;
}

export interface ObserverNote {
  readonly wall: number;
  readonly time: number;
  readonly timeLabel: string;
  readonly beat: string;
  readonly beatTitle: string;
  readonly text: string;
}

/** An HSEEP observation: what was seen and why it matters. */
export interface Observation {
  readonly title: string;
  readonly analysis: string;
  /** The objective or capability it bears on, when there is one. */
  readonly capability: string;
}

export interface ImprovementAction {
  readonly issue: string;
  readonly action: string;
  readonly capability: string;
  readonly owner: string;
  /** ISO date (YYYY-MM-DD), counted from the exercise date. */
  readonly due: string;
  /** Days from the exercise date to `due` (absent in exports made before it was kept). */
  readonly dueDays?: number;
}

export interface BestPathStep {
  readonly beat: string;
  readonly beatTitle: string;
  readonly choice: string;
  readonly label: string;
  readonly rating: Rating | null;
  /** What the team chose at this step, when it got there. */
  readonly teamChoice: string | null;
  readonly teamLabel: string | null;
}

export interface BestPathReport {
  /** `best`: the highest-scoring playthrough (exhaustive analysis); `recommended`: the recommended choice at every decision. */
  readonly kind: 'best' | 'recommended';
  readonly steps: readonly BestPathStep[];
  /** Index of the first step where the team chose differently; null when it followed it all. */
  readonly divergedAt: number | null;
  /** The best playthrough's overall score, when the analysis gave it. */
  readonly score: number | null;
}

export const REPORT_FORMAT = 'crisis-room-debrief';
export const REPORT_VERSION = 1;

export interface DebriefReport {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_VERSION;
  /** The language of the scenario's own text in the report. */
  readonly lang: string;
  /**
   * The language of the report's own words (verdicts, the summary, the plan, the exports'
   * headings); English when absent, as in exports made before the Korean edition.
   */
  readonly interfaceLang?: string;
  readonly overview: {
    readonly scenarioId: string;
    readonly title: string;
    readonly version: string;
    readonly author: string;
    /** The scenario hash the save carries: the results are frozen against it. */
    readonly hash: string;
    readonly team: string;
    readonly seed: number;
    /** ISO date-times of the first and last log entries. */
    readonly startedAt: string;
    readonly endedAt: string;
    /** Real minutes played, pauses excluded; and planned minutes. */
    readonly minutes: number;
    readonly plannedMinutes: number;
    readonly inGameHours: number;
    readonly finished: boolean;
    readonly role: string;
    readonly audience: string;
    readonly difficulty: string;
    readonly summary: string;
    readonly objectives: readonly string[];
    readonly caseNote: string;
  };
  /** Things a reader must know (the scenario changed since the run, say). */
  readonly warnings: readonly string[];
  readonly executiveSummary: readonly string[];
  readonly ending: {
    readonly id: string;
    readonly title: string;
    readonly tone: Ending['tone'];
    readonly epilogue: string;
  } | null;
  readonly score: Score;
  readonly meters: readonly MeterSeries[];
  readonly decisions: readonly DecisionRecord[];
  readonly claims: readonly ClaimReport[];
  readonly deadlines: readonly DeadlineReport[];
  readonly strengths: readonly Observation[];
  readonly improvements: readonly Observation[];
  readonly improvementPlan: readonly ImprovementAction[];
  readonly questions: readonly {
    readonly beat: string;
    readonly title: string;
    readonly questions: readonly string[];
  }[];
  readonly notes: readonly ObserverNote[];
  readonly events: readonly SessionEventRecord[];
  readonly bestPath: BestPathReport | null;
  /** What the real organisation did, apart from the team's own timeline (absent: none given). */
  readonly caseTimeline?: CaseTimelineReport;
  /** The author's notes, for the appendix (absent: none given). */
  readonly authorNotes?: AuthorNotesReport;
  /** The save the report was built from (its log included), so a JSON export can be re-imported. */
  readonly save: SaveFile;
}

/** The scenario's case timeline in the report's language. */
export interface CaseTimelineReport {
  readonly title: string;
  readonly entries: readonly {
    /** YYYY-MM-DD, as the scenario gives it. */
    readonly date: string;
    readonly text: string;
    readonly source?: string;
  }[];
}

/** The scenario's author's notes in the report's language. */
export interface AuthorNotesReport {
  readonly sources: readonly { readonly fact: string; readonly source: string }[];
  readonly invented: readonly string[];
  readonly compressed: readonly string[];
}
