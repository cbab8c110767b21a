/** A scenario's ids as the live screens name them: beat, choice, ending and meter labels. */
import type { Scenario, Text } from '../../scenario/types';
import { t } from '../lang/ui-language';

type Show = (value: Text) => string;

export function beatTitle(scenario: Scenario, id: string, text: Show): string {
  const beat = scenario.beats.find((candidate) => candidate.id === id);
  return beat ? text(beat.title) : id;
}

export function choiceLabel(scenario: Scenario, id: string, text: Show): string {
  for (const beat of scenario.beats) for (const choice of beat.decision?.choices ?? []) if (choice.id === id) return text(choice.label);
  return id;
}

export function endingTitle(scenario: Scenario, id: string, text: Show): string {
  const ending = scenario.endings.find((candidate) => candidate.id === id);
  return ending ? text(ending.title) : id;
}

export function meterLine(scenario: Scenario, meters: Readonly<Record<string, number>>, text: Show): string {
  return scenario.meters.map((meter) => t('live.dash.meter', { label: text(meter.label), value: meters[meter.id] ?? meter.start })).join(', ');
}
