import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { isSet } from '../engine/layout';
import { packedRules } from '../engine/packed';
import type { EngineEvent } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { pickLeastUsed } from './least-used';
import { offeredChoices } from './offered';

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
  if (!known || route.length < known.length) map.set(id, [...route]);
};

/**
 * When the state space is too large to explore whole, seeded playthroughs that prefer the choice
 * taken least so far (ChoiceScript's randomtest strategy) look for a route to every beat, choice
 * and ending not yet seen. A witness proves reachability; not finding one proves nothing, and the
 * report says so.
 */
export function findWitnesses(scenario: Scenario, options: { runs: number; seed: number; wanted: (w: Witnesses) => boolean }): Witnesses {
  const packed = packedRules(scenario);
  const { compiled, layout } = packed;
  const store = packed.store();
  const entered = new Uint8Array(scenario.beats.length);
  store.entered = entered;
  const rng = xoroshiro128plus(options.seed);
  const used = new Map<string, number>();
  const found: Witnesses = { beats: new Map(), choices: new Map(), endings: new Map(), endingSeeds: new Map(), triggers: new Set(), deadEnds: new Map(), runs: 0 };
  /** Beats no run has entered yet, by index: a beat's witness is the first route that enters it. */
  let unseen = scenario.beats.map((_beat, index) => index);
  const noteEntered = (route: readonly string[]): void => {
    if (!unseen.some((beat) => entered[beat] === 1)) return;
    unseen = unseen.filter((beat) => {
      if (entered[beat] === 0) return true;
      keep(found.beats, scenario.beats[beat]!.id, route);
      return false;
    });
  };
  let runs = 0;
  for (; runs < options.runs && options.wanted(found); runs++) {
    const seed = uniformInt(rng, 0, 0x7fffffff);
    packed.initial(store, seed);
    const chosen: string[] = [];
    noteEntered([]);
    for (let steps = 0; store.ending() < 0 && steps < 10_000; steps++) {
      const beat = scenario.beats[store.beat()]!;
      let event: EngineEvent = { type: 'player.continue' };
      if (beat.decision) {
        const offered = offeredChoices(compiled, store);
        if (offered.length === 0) {
          keep(found.deadEnds, beat.id, chosen);
          break;
        }
        const id = pickLeastUsed(offered, used, rng);
        used.set(id, (used.get(id) ?? 0) + 1);
        event = { type: 'player.choose', choice: id };
      } else if (beat.next === undefined) break;
      if (packed.refusal(store, event) !== null) break;
      packed.apply(store, event);
      if (event.type === 'player.choose') {
        chosen.push(event.choice);
        keep(found.choices, event.choice, chosen);
      }
      noteEntered(chosen);
    }
    scenario.triggers.forEach((trigger, index) => {
      if (isSet(store.s, 0, layout.fired[index]!)) found.triggers.add(trigger.id);
    });
    const ending = store.ending();
    if (ending >= 0) {
      const id = scenario.endings[ending]!.id;
      const known = found.endings.get(id);
      if (!known || chosen.length < known.length) {
        found.endings.set(id, [...chosen]);
        found.endingSeeds.set(id, seed);
      }
    }
  }
  return { ...found, runs };
}
