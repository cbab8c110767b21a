import type { Compiled } from '../engine/index';
import type { PackedStore } from '../engine/packed-store';
import type { Choice } from '../scenario/types';

/** The choices offered in a packed state, in the order the beat lists them (none at a beat without a decision). */
export function offeredChoices(compiled: Compiled, store: PackedStore): Choice[] {
  const beat = compiled.scenario.beats[store.beat()];
  const offered: Choice[] = [];
  for (const choice of beat?.decision?.choices ?? []) {
    if (compiled.tests.choice[compiled.choiceIndex.get(choice.id)!]!(store)) offered.push(choice);
  }
  return offered;
}
