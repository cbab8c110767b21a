import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Rules } from '../../src/engine/rules';
import type { EngineEvent, GameState } from '../../src/engine/types';

/**
 * A seeded random player: mostly available choices and Continue, sometimes the clock running
 * out, a facilitator's inject or jump (unless `jumps` is false), and now and then a move the rules
 * must refuse.
 */
export function randomPlayer(rules: Rules, seed: number, options: { jumps?: boolean } = {}): (state: GameState) => EngineEvent {
  const jumps = options.jumps ?? true;
  const generator = xoroshiro128plus(seed);
  const { scenario } = rules;
  const choices = scenario.beats.flatMap((beat) => beat.decision?.choices ?? []);
  return (state) => {
    const roll = uniformInt(generator, 0, 99);
    const pick = <T>(list: readonly T[]): T | undefined => (list.length === 0 ? undefined : list[uniformInt(generator, 0, list.length - 1)]);
    if (roll < 3) {
      const inject = pick(scenario.optionalInjects);
      if (inject) return { type: 'facilitator.inject', inject: inject.id };
    }
    if (roll < 5 && jumps) return { type: 'facilitator.jump', beat: pick(scenario.beats)!.id };
    if (roll < 8) return { type: 'clock.expire' };
    if (roll < 11) return { type: 'player.choose', choice: pick(choices)?.id ?? 'none' };
    if (!rules.beat(state.beat).decision) return { type: 'player.continue' };
    const available = rules.available(state);
    const choice = pick(available);
    return choice ? { type: 'player.choose', choice: choice.id } : { type: 'clock.expire' };
  };
}
