import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { compileRules } from '../engine/index';
import type { EngineEvent, GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { pickLeastUsed } from './least-used';

/** Choice routes that show something is reachable: a playthrough that got there. */
export interface Witnesses {
  readonly beats: Map<string, readonly string[]>;
  readonly choices: Map<string, readonly string[]>;
  readonly endings: Map<string, readonly string[]>;
  /** The engine seed of the run that witnessed each ending: chance along the route depends on it. */
  readonly endingSeeds: Map<string, number>;
  readonly triggers: Set<string>;
  /** Beats where a sampled run found no available choice. */
  readonly deadEnds: Map<string, readonly string[]>;
  readonly runs: number;
}

const keep = (map: Map<string, readonly string[]>, id: string, route: readonly string[]): void => {
  const known = map.get(id);
  if (!known || route.length < known.length) map.set(id, route);
};

/**
 * When the state space is too large to explore whole, seeded playthroughs that prefer the choice
 * taken least so far (ChoiceScript's randomtest strategy) look for a route to every beat, choice
 * and ending not yet seen. A witness proves reachability; not finding one proves nothing, and the
 * report says so.
 */
export function findWitnesses(scenario: Scenario, options: { runs: number; seed: number; wanted: (w: Witnesses) => boolean }): Witnesses {
  const rules = compileRules(scenario, { notices: false });
  const rng = xoroshiro128plus(options.seed);
  const used = new Map<string, number>();
  const found: Witnesses = { beats: new Map(), choices: new Map(), endings: new Map(), endingSeeds: new Map(), triggers: new Set(), deadEnds: new Map(), runs: 0 };
  let runs = 0;
  for (; runs < options.runs && options.wanted(found); runs++) {
    const seed = uniformInt(rng, 0, 0x7fffffff);
    let state: GameState = rules.initial(seed).state;
    keep(found.beats, state.beat, []);
    for (let steps = 0; state.ending === null && steps < 10_000; steps++) {
      const beat = rules.beat(state.beat);
      let event: EngineEvent = { type: 'player.continue' };
      if (beat.decision) {
        const offered = rules.available(state);
        if (offered.length === 0) {
          keep(found.deadEnds, beat.id, state.chosen);
          break;
        }
        const id = pickLeastUsed(offered, used, rng);
        used.set(id, (used.get(id) ?? 0) + 1);
        event = { type: 'player.choose', choice: id };
      } else if (beat.next === undefined) break;
      const result = rules.step(state, event);
      if (!result.accepted) break;
      if (event.type === 'player.choose') keep(found.choices, event.choice, result.state.chosen);
      state = result.state;
      for (const beatId in state.visits) if (!found.beats.has(beatId)) keep(found.beats, beatId, state.chosen);
    }
    for (const id of state.fired) found.triggers.add(id);
    if (state.ending !== null) {
      const known = found.endings.get(state.ending);
      if (!known || state.chosen.length < known.length) {
        found.endings.set(state.ending, state.chosen);
        found.endingSeeds.set(state.ending, seed);
      }
    }
  }
  return { ...found, runs };
}
