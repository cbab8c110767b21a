import type {
  Beat,
  Choice,
  Condition,
  Confidence,
  Deadline,
  Inject,
  MeterChange,
  OptionalInject,
  Outcome,
  Scenario,
  Trigger,
} from '../scenario/types';
import { END } from '../scenario/types';
import { causeOf, type CauseKind } from './cause';
import { storeTests, type StoreTest } from './conditions';
import { changeNumber } from './meters';
import { dueHour } from './due-hour';
import { keptVisits } from './kept-visits';
import { EMPTY_OUTCOME } from '../scenario/outcome';
import { outcomesOf } from '../scenario/references';
import type { Store } from './store';
import type { ClaimShape } from './types';
import { claimShape } from './claims';
import { caseTests, type CaseTests } from './text-cases';

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

/** The tests of a scenario's conditions, built by one compiler of conditions (see conditions.ts). */
export function testsOf<S extends Store>(scenario: Scenario, choiceList: readonly Choice[], test: (condition: Condition | undefined) => StoreTest<S>): Tests<S> {
  return {
    choice: choiceList.map((choice) => test(choice.condition)),
    trigger: scenario.triggers.map((trigger) => test(trigger.when)),
    startsWhen: scenario.deadlines.map((deadline) => test(deadline.startsWhen)),
    metWhen: scenario.deadlines.map((deadline) => test(deadline.metWhen)),
    deficientWhen: scenario.deadlines.map((deadline) => (deadline.deficientWhen === undefined ? null : test(deadline.deficientWhen))),
    ending: scenario.endings.map((ending) => (ending.when === undefined ? null : test(ending.when))),
  };
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
  /** Where each choice leads, and where each beat's Continue leads: a beat index, END_INDEX, or NO_NEXT. */
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

/**
 * An inject as a step delivers it. Its conditional texts' tests come from `test`, a compiler over
 * any Store (without one, the inject's texts read as plain).
 */
export const injectRef = (inject: Inject, test?: (condition: Condition) => StoreTest): InjectRef => ({
  id: inject.id,
  variants: inject.variants?.length ?? 0,
  headlineCases: test ? caseTests(inject.headlineCases, test) : null,
  bodyCases: test ? caseTests(inject.bodyCases, test) : null,
});

/** The key that makes two claims one kind. */
const claimKindKey = (fact: number, value: number, confidence: Confidence, shape: ClaimShape = {}): string =>
  `${fact}|${value}|${confidence}|${shape.atLeast ?? ''}|${shape.upTo ?? ''}|${shape.audience ?? 'public'}`;


/** `next: end`, and a beat without a `next`, as indices. */
export const END_INDEX = -1;
export const NO_NEXT = -2;

const cache = new WeakMap<Scenario, Compiled>();

/** An outcome block with its names resolved; `cause` labels its notices. */
export function compileOutcome(indices: Pick<Indices, 'meterIndex' | 'flagIndex' | 'factIndex'>, block: Outcome, cause: string): CompiledOutcome {
  const { meterIndex, flagIndex, factIndex } = indices;
  const limits = (written: Readonly<Record<string, number>> | undefined): MeterLimit[] =>
    Object.entries(written ?? {}).flatMap(([id, value]) => {
      const meter = meterIndex.get(id);
      return meter === undefined ? [] : [{ meter, value }];
    });
  return {
    // The loader has checked every name; an unknown one is skipped, as the engine always did.
    meters: block.meters.flatMap((change): IndexedChange[] => {
      const meter = meterIndex.get(change.meter);
      return meter === undefined ? [] : [{ meter, op: change.op, by: changeNumber(change) }];
    }),
    flags: Object.entries(block.flags).flatMap(([id, value]) => {
      const flag = flagIndex.get(id);
      return flag === undefined ? [] : [{ flag, value }];
    }),
    facts: Object.entries(block.facts).flatMap(([id, to]) => {
      const fact = factIndex.get(id);
      return fact === undefined ? [] : [{ fact, to }];
    }),
    caps: limits(block.caps),
    floors: limits(block.floors),
    cause,
  };
}

/** Per meter, whether some outcome of the scenario puts a cap or a floor on it. */
function limitedMeters(scenario: Scenario): boolean[] {
  const limited = new Set<string>();
  for (const block of outcomesOf(scenario)) for (const id of [...Object.keys(block.caps ?? {}), ...Object.keys(block.floors ?? {})]) limited.add(id);
  return scenario.meters.map((meter) => limited.has(meter.id));
}

/**
 * Due hours by deadline and start hour, remembered: a clock only starts at hours the game can
 * reach (0 and the beats' hours), so the calendar is walked once per pair, not once per step.
 */
function dueHours(scenario: Scenario): (deadline: number, startedAt: number) => number {
  // An hour-based window is the same length whenever it starts: one addition, no lookup, in the
  // step's hot loop. Only a business-day window depends on the day it starts, so only it is memoised.
  // (Added in dueHour's order, start + starts_after + hours, so both give the same float.)
  const after = scenario.deadlines.map((deadline) => deadline.startsAfter ?? 0);
  const hours = scenario.deadlines.map((deadline) => (deadline.businessDays === undefined ? (deadline.hours ?? 0) : -1));
  const known = scenario.deadlines.map(() => new Map<number, number>());
  return (deadline, startedAt) => {
    const length = hours[deadline]!;
    if (length >= 0) return startedAt + after[deadline]! + length;
    const memo = known[deadline]!;
    let due = memo.get(startedAt);
    if (due === undefined) {
      due = dueHour(scenario, scenario.deadlines[deadline]!, startedAt);
      memo.set(startedAt, due);
    }
    return due;
  };
}

const indexOf = <T extends { readonly id: string }>(items: readonly T[]): Map<string, number> => new Map(items.map((item, index) => [item.id, index]));

/** Indexes a scenario; cached per scenario object. */
export function compile(scenario: Scenario): Compiled {
  const known = cache.get(scenario);
  if (known) return known;
  const beats = new Map<string, Beat>();
  const injects = new Map<string, Inject>();
  const choiceList: Choice[] = [];
  const choiceBeat: number[] = [];
  // Each beat's choice indices, built in the same pass: a scan per beat would be quadratic.
  const beatChoices: number[][] = [];
  scenario.beats.forEach((beat, index) => {
    beats.set(beat.id, beat);
    for (const inject of beat.injects) injects.set(inject.id, inject);
    const own: number[] = [];
    for (const choice of beat.decision?.choices ?? []) {
      own.push(choiceList.length);
      choiceList.push(choice);
      choiceBeat.push(index);
    }
    beatChoices.push(own);
  });
  for (const trigger of scenario.triggers) if (trigger.inject) injects.set(trigger.inject.id, trigger.inject);
  for (const deadline of scenario.deadlines) {
    if (deadline.missedInject) injects.set(deadline.missedInject.id, deadline.missedInject);
    if (deadline.deficientInject) injects.set(deadline.deficientInject.id, deadline.deficientInject);
  }
  const optionalInjects = new Map<string, OptionalInject>();
  for (const inject of scenario.optionalInjects) {
    optionalInjects.set(inject.id, inject);
    injects.set(inject.id, inject);
  }
  const beatIndex = indexOf(scenario.beats);
  const meterIndex = indexOf(scenario.meters);
  const flagIndex = indexOf(scenario.flags);
  const factIndex = indexOf(scenario.facts);
  const outcome = (block: Outcome, kind: CauseKind, id: string): CompiledOutcome => compileOutcome({ meterIndex, flagIndex, factIndex }, block, causeOf(kind, id));
  const nextOf = (next: string | undefined): number => (next === undefined ? NO_NEXT : next === END ? END_INDEX : (beatIndex.get(next) ?? NO_NEXT));
  const kindKeys = new Map<string, number>();
  const claimKinds: ClaimKind[] = [];
  const choiceClaims = choiceList.map((choice) =>
    choice.claims.flatMap((claim) => {
      const fact = factIndex.get(claim.fact);
      if (fact === undefined) return [];
      const shape = claimShape(claim);
      const key = claimKindKey(fact, claim.value, claim.confidence, shape);
      let kind = kindKeys.get(key);
      if (kind === undefined) {
        kind = claimKinds.length;
        kindKeys.set(key, kind);
        claimKinds.push({ fact, value: claim.value, confidence: claim.confidence, ...shape });
      }
      return [kind];
    }),
  );
  const indices: Indices = {
    beatIndex,
    choiceIndex: indexOf(choiceList),
    meterIndex,
    flagIndex,
    factIndex,
    deadlineIndex: indexOf(scenario.deadlines),
    triggerIndex: indexOf(scenario.triggers),
  };
  const test = storeTests(indices);
  // Conditional texts are compiled over any Store, never for the packed one: only an object
  // draft, which keeps the whole history, picks them (see text-cases.ts).
  const ref = (inject: Inject): InjectRef => injectRef(inject, test);
  const compiled: Compiled = {
    ...indices,
    scenario,
    beats,
    optionalInjects,
    injects,
    plainTriggers: scenario.triggers.flatMap((trigger, index) => (trigger.goto === undefined ? [index] : [])),
    allTriggers: scenario.triggers.map((_trigger, index) => index),
    triggers: scenario.triggers,
    deadlines: scenario.deadlines,
    choiceList,
    choiceBeat,
    beatChoices,
    keptVisits: keptVisits(scenario),
    choiceClaims,
    claimKinds,
    claimKindOf: (fact, value, confidence, shape) => kindKeys.get(claimKindKey(fact, value, confidence, shape && claimShape(shape))) ?? -1,
    claimedFacts: scenario.facts.map((_fact, index) => claimKinds.some((kind) => kind.fact === index)),
    onEnter: scenario.beats.map((beat) => outcome(beat.onEnter, 'beat', beat.id)),
    choiceOutcome: choiceList.map((choice) => outcome(choice.outcome, 'choice', choice.id)),
    triggerOutcome: scenario.triggers.map((trigger) => outcome(trigger.outcome, 'trigger', trigger.id)),
    deadlineMet: scenario.deadlines.map((deadline) => outcome(deadline.onMet, 'deadline', deadline.id)),
    deadlineMissed: scenario.deadlines.map((deadline) => outcome(deadline.onMissed, 'deadline', deadline.id)),
    deadlineDeficient: scenario.deadlines.map((deadline) => outcome(deadline.onDeficient ?? EMPTY_OUTCOME, 'deadline', deadline.id)),
    injectOutcome: new Map(scenario.optionalInjects.map((inject) => [inject.id, outcome(inject.outcome, 'inject', inject.id)])),
    triggerGoto: scenario.triggers.map((trigger) => (trigger.goto === undefined ? -1 : (beatIndex.get(trigger.goto) ?? -1))),
    choiceNext: choiceList.map((choice) => nextOf(choice.next)),
    beatNext: scenario.beats.map((beat) => nextOf(beat.next)),
    tests: testsOf(scenario, choiceList, test),
    beatAt: scenario.beats.map((beat) => beat.at),
    beatInjects: scenario.beats.map((beat) => beat.injects.map(ref)),
    beatDecides: scenario.beats.map((beat) => beat.decision !== undefined),
    meterRanges: scenario.meters.map((meter) => ({ min: meter.min, max: meter.max })),
    limited: limitedMeters(scenario),
    triggerChance: scenario.triggers.map((trigger) => trigger.chance),
    triggerInject: scenario.triggers.map((trigger) => (trigger.inject ? ref(trigger.inject) : null)),
    deadlineDue: dueHours(scenario),
    deadlineMissedInject: scenario.deadlines.map((deadline) => (deadline.missedInject ? ref(deadline.missedInject) : null)),
    deadlineDeficientInject: scenario.deadlines.map((deadline) => (deadline.deficientInject ? ref(deadline.deficientInject) : null)),
    optionalInjectRefs: new Map(scenario.optionalInjects.map((inject) => [inject.id, ref(inject)])),
    beatAfter: scenario.beats.map((beat) => beat.after ?? -1),
    feedbackCases: choiceList.map((choice) => caseTests(choice.feedbackCases, test)),
    consequenceCases: choiceList.map((choice) => caseTests(choice.consequenceCases, test)),
    epilogueCases: scenario.endings.map((ending) => caseTests(ending.epilogueCases, test)),
  };
  cache.set(scenario, compiled);
  return compiled;
}
