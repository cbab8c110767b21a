import type { Beat, Choice, Condition, Confidence, Inject, OptionalInject, Outcome, Scenario } from '../scenario/types';
import { END, RETURN } from '../scenario/types';
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
import { caseTests } from './text-cases';
import { memoByScenario } from './memo-by-scenario';
import type { ClaimKind, Compiled, CompiledOutcome, IndexedChange, Indices, InjectRef, MeterLimit, Tests } from './compiled-types';

// The shapes live in compiled-types.ts; importers of this module keep finding them here.
export type { ClaimKind, Compiled, CompiledOutcome, IndexedChange, Indices, InjectRef, MeterLimit, MeterRange, Tests } from './compiled-types';

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


/** `next: end`, a beat without a `next`, and `next: return`, as indices. */
export const END_INDEX = -1;
export const NO_NEXT = -2;
/** `next: return`: a detour's choice, back to the beat the push interrupted. */
export const RETURN_INDEX = -3;

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

/** Indexes a scenario. */
function compileScenario(scenario: Scenario): Compiled {
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
  const nextOf = (next: string | undefined): number =>
    next === undefined ? NO_NEXT : next === END ? END_INDEX : next === RETURN ? RETURN_INDEX : (beatIndex.get(next) ?? NO_NEXT);
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
  return compiled;
}

/** A scenario's indexes, built once per scenario object. */
export const compile: (scenario: Scenario) => Compiled = memoByScenario(compileScenario);
