/**
 * The shapes of a compiled scenario (compile in compiled.ts builds them): ids resolved to indices,
 * outcomes, tests and per-beat records a step reads in constant time.
 */
import type { Beat, Choice, Confidence, Deadline, Inject, MeterChange, OptionalInject, Scenario, Trigger } from '../scenario/types';
import type { StoreTest } from './conditions';
import type { Store } from './store';
import type { ClaimShape } from './types';
import type { CaseTests } from './text-cases';

/**
 * One meter change of an outcome, with the meter's index and its operation's number (`amount`,
 * `percent` or `value`) under one name, so every change has one shape.
 */
export interface IndexedChange {
  readonly meter: number;
  readonly op: MeterChange['op'];
  readonly by: number;
}

/** A meter's bounds: all a step needs of it. */
export interface MeterRange {
  readonly min: number;
  readonly max: number;
}

/** An inject as a step delivers it: its id and how many variants it has (0 for none). */
export interface InjectRef {
  readonly id: string;
  readonly variants: number;
  /** Its conditional headline and body (see text-cases.ts); null for plain texts. */
  readonly headlineCases: CaseTests;
  readonly bodyCases: CaseTests;
}

/**
 * An outcome block with every id resolved to its index, and its cause string made once: a step
 * applies outcomes in the hot loop of the analysis and must not look names up or build strings.
 */
export interface CompiledOutcome {
  readonly meters: readonly IndexedChange[];
  readonly flags: readonly { readonly flag: number; readonly value: boolean }[];
  readonly facts: readonly { readonly fact: number; readonly to: number }[];
  /** Lasting caps and floors the outcome puts on meters (meter-limits.ts); applied first. */
  readonly caps: readonly MeterLimit[];
  readonly floors: readonly MeterLimit[];
  readonly cause: string;
}

/** A cap or floor on one meter, by the meter's index. */
export interface MeterLimit {
  readonly meter: number;
  readonly value: number;
}

/**
 * A distinct claim: fact, figure or bound, confidence and audience. The rules treat two claims of
 * one kind alike (both are contradicted by the same revision, at the same cost), so the packed
 * state counts claims per kind; the full record (which choice, when) is kept only with the history.
 */
export interface ClaimKind extends ClaimShape {
  readonly fact: number;
  readonly value: number;
  readonly confidence: Confidence;
}

/** Ids to indices, in declaration order (choices across all beats, in beat order). */
export interface Indices {
  readonly beatIndex: ReadonlyMap<string, number>;
  readonly choiceIndex: ReadonlyMap<string, number>;
  readonly meterIndex: ReadonlyMap<string, number>;
  readonly flagIndex: ReadonlyMap<string, number>;
  readonly factIndex: ReadonlyMap<string, number>;
  readonly deadlineIndex: ReadonlyMap<string, number>;
  readonly triggerIndex: ReadonlyMap<string, number>;
}

/**
 * Every condition of the rules, compiled for one representation of the state (`S`: any Store, or
 * only the packed one, whose tests read its array directly), by the index of what owns it.
 */
export interface Tests<S extends Store = Store> {
  readonly choice: readonly StoreTest<S>[];
  readonly trigger: readonly StoreTest<S>[];
  readonly startsWhen: readonly StoreTest<S>[];
  readonly metWhen: readonly StoreTest<S>[];
  /** Per deadline, its `deficient_when`, or null when it has none. */
  readonly deficientWhen: readonly (StoreTest<S> | null)[];
  /** Ending `when`s; the fallback (no `when`) never matches here: it is taken when none does. */
  readonly ending: readonly (StoreTest<S> | null)[];
}

/** A scenario indexed once, so every step looks things up by position, in constant time. */
export interface Compiled<S extends Store = Store> extends Indices {
  readonly scenario: Scenario;
  readonly beats: ReadonlyMap<string, Beat>;
  readonly optionalInjects: ReadonlyMap<string, OptionalInject>;
  readonly injects: ReadonlyMap<string, Inject>;
  /** Triggers checked after a step that enters no beat: those without a `goto` (indices). */
  readonly plainTriggers: readonly number[];
  /** Every trigger's index, in declaration order. */
  readonly allTriggers: readonly number[];
  readonly triggers: readonly Trigger[];
  readonly deadlines: readonly Deadline[];
  readonly choiceList: readonly Choice[];
  /** The beat each choice (by index) belongs to, as a beat index; and each beat's choices, as indices. */
  readonly choiceBeat: readonly number[];
  readonly beatChoices: readonly (readonly number[])[];
  /** Per beat: whether a session records its visit count (see kept-visits.ts). */
  readonly keptVisits: readonly boolean[];
  /** Each choice's claims, as claim kind indices. */
  readonly choiceClaims: readonly (readonly number[])[];
  readonly claimKinds: readonly ClaimKind[];
  /** The kind of a claim on a fact (by index) with this figure, confidence and shape (bound, audience), or -1. */
  claimKindOf(fact: number, value: number, confidence: Confidence, shape?: ClaimShape): number;
  /** Per fact: whether any choice makes a claim about it (only then can a revision contradict one). */
  readonly claimedFacts: readonly boolean[];
  /** Outcomes by owner: beat on_enter, choice, trigger, deadline met and missed, optional inject. */
  readonly onEnter: readonly CompiledOutcome[];
  readonly choiceOutcome: readonly CompiledOutcome[];
  readonly triggerOutcome: readonly CompiledOutcome[];
  readonly deadlineMet: readonly CompiledOutcome[];
  readonly deadlineMissed: readonly CompiledOutcome[];
  readonly deadlineDeficient: readonly CompiledOutcome[];
  readonly injectOutcome: ReadonlyMap<string, CompiledOutcome>;
  /** Beat index a trigger's goto enters, or -1. */
  readonly triggerGoto: readonly number[];
  /** Where each choice leads, and where each beat's Continue leads: a beat index, END_INDEX, RETURN_INDEX (a detour's choices), or NO_NEXT. */
  readonly choiceNext: readonly number[];
  readonly beatNext: readonly number[];
  readonly tests: Tests<S>;
  /*
   * What a step reads of beats, meters, triggers and deadlines, in records built here, one shape
   * each whatever built the scenario (the loader, the generator, a test spreading a beat): the
   * step's code then sees one shape at every read and stays fast, where reading the declared
   * objects made it slower with every differently built scenario it had met.
   */
  /** Per beat: its hour, its injects, whether it has a decision. */
  readonly beatAt: readonly number[];
  readonly beatInjects: readonly (readonly InjectRef[])[];
  readonly beatDecides: readonly boolean[];
  readonly meterRanges: readonly MeterRange[];
  /** Per meter: whether some outcome can put a cap or floor on it (only then are limits looked up). */
  readonly limited: readonly boolean[];
  /** Per trigger: its chance and its inject (or null). */
  readonly triggerChance: readonly number[];
  readonly triggerInject: readonly (InjectRef | null)[];
  /**
   * The due hour of a deadline (by index) that started at `startedAt`: due-hour.ts's `dueHour`,
   * the one rule, remembered per start hour so a step does not walk the calendar.
   */
  deadlineDue(deadline: number, startedAt: number): number;
  readonly deadlineMissedInject: readonly (InjectRef | null)[];
  readonly deadlineDeficientInject: readonly (InjectRef | null)[];
  /** Optional injects as a facilitator's push delivers them, by id. */
  readonly optionalInjectRefs: ReadonlyMap<string, InjectRef>;
  /** Per beat: the hours a relative beat (`at: "+24"`) moves the clock on by, or -1 for an absolute hour. */
  readonly beatAfter: readonly number[];
  /** Conditional feedback and outcome stories per choice, conditional epilogues per ending (see text-cases.ts). */
  readonly feedbackCases: readonly CaseTests[];
  readonly consequenceCases: readonly CaseTests[];
  readonly epilogueCases: readonly CaseTests[];
}
