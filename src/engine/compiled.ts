import type {
  Beat,
  Choice,
  Deadline,
  Inject,
  Meter,
  OptionalInject,
  Scenario,
  Trigger,
} from '../scenario/types';

/** A scenario indexed by id once, so every step looks things up in constant time. */
export interface Compiled {
  readonly scenario: Scenario;
  readonly beats: ReadonlyMap<string, Beat>;
  readonly choices: ReadonlyMap<string, { readonly choice: Choice; readonly beat: Beat }>;
  readonly meters: ReadonlyMap<string, Meter>;
  readonly optionalInjects: ReadonlyMap<string, OptionalInject>;
  readonly injects: ReadonlyMap<string, Inject>;
  /** Triggers checked after a step that enters no beat: those without a `goto`. */
  readonly plainTriggers: readonly Trigger[];
  readonly triggers: readonly Trigger[];
  readonly deadlines: readonly Deadline[];
}

const cache = new WeakMap<Scenario, Compiled>();

/** Indexes a scenario; cached per scenario object. */
export function compile(scenario: Scenario): Compiled {
  const known = cache.get(scenario);
  if (known) return known;
  const beats = new Map<string, Beat>();
  const choices = new Map<string, { choice: Choice; beat: Beat }>();
  const injects = new Map<string, Inject>();
  for (const beat of scenario.beats) {
    beats.set(beat.id, beat);
    for (const inject of beat.injects) injects.set(inject.id, inject);
    for (const choice of beat.decision?.choices ?? []) choices.set(choice.id, { choice, beat });
  }
  for (const trigger of scenario.triggers) if (trigger.inject) injects.set(trigger.inject.id, trigger.inject);
  for (const deadline of scenario.deadlines) {
    if (deadline.missedInject) injects.set(deadline.missedInject.id, deadline.missedInject);
  }
  const optionalInjects = new Map<string, OptionalInject>();
  for (const inject of scenario.optionalInjects) {
    optionalInjects.set(inject.id, inject);
    injects.set(inject.id, inject);
  }
  const compiled: Compiled = {
    scenario,
    beats,
    choices,
    meters: new Map(scenario.meters.map((meter) => [meter.id, meter])),
    optionalInjects,
    injects,
    plainTriggers: scenario.triggers.filter((trigger) => trigger.goto === undefined),
    triggers: scenario.triggers,
    deadlines: scenario.deadlines,
  };
  cache.set(scenario, compiled);
  return compiled;
}
