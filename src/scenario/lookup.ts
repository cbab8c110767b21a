/** Finding a scenario's parts by id, for labels on screen and in reports. */
import type { Beat, Choice, Deadline, Scenario, Trigger } from './types';

export function beatById(scenario: Scenario, id: string): Beat | undefined {
  return scenario.beats.find((beat) => beat.id === id);
}

export function choiceById(scenario: Scenario, id: string): Choice | undefined {
  for (const beat of scenario.beats) {
    const choice = beat.decision?.choices.find((candidate) => candidate.id === id);
    if (choice) return choice;
  }
  return undefined;
}

export function deadlineById(scenario: Scenario, id: string): Deadline | undefined {
  return scenario.deadlines.find((deadline) => deadline.id === id);
}

export function triggerById(scenario: Scenario, id: string): Trigger | undefined {
  return scenario.triggers.find((trigger) => trigger.id === id);
}
