/**
 * ChoiceScript's "least used" strategy: among the offered choices, take the one picked least so
 * far, breaking ties at random. It drives coverage: every option gets its turn.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export function pickLeastUsed(
  offered: readonly { readonly id: string }[],
  used: ReadonlyMap<string, number>,
  rng: RandomGenerator,
): string {
  let least = Infinity;
  const tied: string[] = [];
  for (const choice of offered) {
    const count = used.get(choice.id) ?? 0;
    if (count < least) {
      least = count;
      tied.length = 0;
    }
    if (count === least) tied.push(choice.id);
  }
  // Always one draw, even for a single candidate, so the generator advances the same way whatever
  // the tie: a run's later picks do not depend on how many ties came before.
  return tied[uniformInt(rng, 0, tied.length - 1)]!;
}
