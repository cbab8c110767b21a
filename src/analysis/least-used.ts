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
  return tied.length === 1 ? tied[0]! : tied[uniformInt(rng, 0, tied.length - 1)]!;
}
