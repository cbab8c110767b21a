/**
 * Seeded chance. The generator is pure-rand's xoroshiro128+, whose whole state is four 32-bit
 * integers: the state lives in `GameState.rng` as plain numbers, so states stay JSON and a saved
 * game rolls the same dice after a restore.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** Outputs thrown away after seeding, so the first rolls no longer echo the seed's bits. */
const WARM_UP = 16;

/**
 * The generator state for a seed. xoroshiro128+ seeded straight from a small integer starts in a
 * low-entropy state, and neighbouring seeds (1, 2, 3...) then give the same first rolls: a 0.5
 * trigger fired 0 times in 200 consecutive seeds. Scrambling the seed with murmur3's finaliser and
 * discarding the first outputs makes every seed's rolls independent.
 */
export function seedRng(seed: number): readonly number[] {
  const generator = xoroshiro128plus(scramble(seed));
  for (let i = 0; i < WARM_UP; i++) generator.next();
  return generator.getState();
}

/** murmur3's 32-bit finaliser: every input bit flips about half the output bits. */
function scramble(seed: number): number {
  let h = seed | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
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
