import type { Compiled } from '../engine/index';
import type { PackedStore } from '../engine/packed-store';
import type { Choice } from '../scenario/types';

/** The choices offered in a packed state, in the order the beat lists them (none at a beat without a decision). */
export function offeredChoices(compiled: Compiled<PackedStore>, store: PackedStore): Choice[] {
  const offered: Choice[] = [];
  for (const choice of compiled.beatChoices[store.beat()] ?? []) {
    if (compiled.tests.choice[choice]!(store)) offered.push(compiled.choiceList[choice]!);
  }
  return offered;
}
