/** What the surface of a choice shows a player who does not judge: its length, and what it does right away. */
import { readField } from '../../engine/layout';
import { text } from '../../scenario/text';
import type { Choice, Meter, Scenario } from '../../scenario/types';
import type { Brancher } from './branches';

/** Characters of label plus description, in the scenario's default language. */
export function choiceLength(choice: Choice, lang: string | undefined): number {
  return text(choice.label, lang).length + (choice.description === undefined ? 0 : text(choice.description, lang).length);
}

/** A headline meter, and the sign that makes its change good: +1 when `good: high`, -1 when low. */
export interface Headline {
  readonly index: number;
  readonly meter: Meter;
  readonly sign: 1 | -1;
}

export function headlinesOf(scenario: Scenario): Headline[] {
  return scenario.meters.flatMap((meter, index) => (meter.headline ? [{ index, meter, sign: meter.good === 'low' ? (-1 as const) : (1 as const) }] : []));
}

/**
 * The immediate effect of taking a choice in a state, per headline meter: what stepping it with the
 * real rules does to the meter (triggers, deadlines and contradicted claims included), oriented so
 * that more is better, and averaged over chance by each outcome's probability.
 */
export function immediateEffect(brancher: Brancher, state: Float64Array, choice: number, heads: readonly Headline[]): number[] {
  const { meters } = brancher.packed.layout;
  const effect = heads.map(() => 0);
  for (const branch of brancher.step(state, choice)) {
    heads.forEach((head, at) => {
      const field = meters[head.index]!;
      effect[at]! += branch.p * head.sign * (readField(branch.state, 0, field) - readField(state, 0, field));
    });
  }
  return effect;
}
