/**
 * Seeded chance. The generator is pure-rand's xoroshiro128+, whose whole state is four 32-bit
 * integers: the state lives in `GameState.rng` as plain numbers, so states stay JSON and a saved
 * game rolls the same dice after a restore.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** The generator state for a seed. */
export function seedRng(seed: number): readonly number[] {
  return xoroshiro128plus(seed).getState();
}

/**
 * Rolls a chance in (0, 1]: true with probability `chance`. A certainty consumes no randomness,
 * so adding `chance: 1` to a trigger never shifts later rolls.
 */
export function rollChance(rng: readonly number[], chance: number): { hit: boolean; rng: readonly number[] } {
  if (chance >= 1) return { hit: true, rng };
  const generator = xoroshiro128plusFromState(rng);
  const hit = uniformFloat64(generator) < chance;
  return { hit, rng: generator.getState() };
}

/** Picks an index in [0, count), uniformly. One option consumes no randomness. */
export function pickIndex(rng: readonly number[], count: number): { index: number; rng: readonly number[] } {
  if (count <= 1) return { index: 0, rng };
  const generator = xoroshiro128plusFromState(rng);
  const index = uniformInt(generator, 0, count - 1);
  return { index, rng: generator.getState() };
}
