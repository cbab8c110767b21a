/** Finding a scenario's parts by id, for labels on screen and in reports. */
import type { Beat, Choice, Deadline, Scenario, Trigger } from './types';

export function beatById(scenario: Scenario, id: string): Beat | undefined {
  return scenario.beats.find((beat) => beat.id === id);
}

/** The choice with this id and the beat whose decision holds it. */
export function choiceWithBeat(
  scenario: Scenario,
  id: string,
): { readonly beat: Beat; readonly choice: Choice } | undefined {
  for (const beat of scenario.beats) {
    const choice = beat.decision?.choices.find((candidate) => candidate.id === id);
    if (choice) return { beat, choice };
  }
  return undefined;
}

export function choiceById(scenario: Scenario, id: string): Choice | undefined {
  return choiceWithBeat(scenario, id)?.choice;
}

export function deadlineById(scenario: Scenario, id: string): Deadline | undefined {
  return scenario.deadlines.find((deadline) => deadline.id === id);
}

export function triggerById(scenario: Scenario, id: string): Trigger | undefined {
  return scenario.triggers.find((trigger) => trigger.id === id);
}

/**
 * Where a beat leads: its choices' `next` when it has a decision (the engine then refuses a
 * Continue), else its own `next`. May include `end`; trigger `goto`s are not part of a beat.
 */
export function nextBeats(beat: Beat): readonly string[] {
  if (beat.decision) return beat.decision.choices.map((choice) => choice.next);
  return beat.next !== undefined ? [beat.next] : [];
}
