import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { isSet } from '../engine/layout';
import { packedRules } from '../engine/packed';
import { stepLimit } from '../engine/step-limit';
import type { Scenario } from '../scenario/types';
import { stepsLeft, type Budget } from './budget';
import { pickLeastUsed } from './least-used';
import { choiceEvents, playThrough, type Player } from './playthrough';

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

/**
 * A guided run takes a recommended choice where one is offered, except one pick in this many.
 * Least-used sampling almost never plays twenty good moves in a row, so in a long scenario the
 * endings a careful team reaches (a best ending, a good one after a single slip) would go unseen.
 */
const GUIDED_DEVIATION = 8;

const keep = (map: Map<string, readonly string[]>, id: string, route: readonly string[]): void => {
  const known = map.get(id);
  if (!known || route.length < known.length) map.set(id, [...route]);
};

/**
 * When the state space is too large to explore whole, seeded playthroughs that prefer the choice
 * taken least so far (ChoiceScript's randomtest strategy), every other one guided towards the
 * recommended choices, look for a route to every beat, choice and ending not yet seen. A witness
 * proves reachability; not finding one proves nothing, and the report says so. Every step is
 * charged to `budget`; the sampling stops when it is spent.
 */
export function findWitnesses(scenario: Scenario, options: { runs: number; seed: number; wanted: (w: Witnesses) => boolean; budget?: Budget }): Witnesses {
  const budget = options.budget ?? { steps: 0, maxSteps: Infinity, maxStates: Infinity };
  const packed = packedRules(scenario);
  const { layout } = packed;
  const store = packed.store();
  const entered = new Uint8Array(scenario.beats.length);
  store.entered = entered;
  const rng = xoroshiro128plus(options.seed);
  const used = new Map<string, number>();
  const found: Witnesses = { beats: new Map(), choices: new Map(), endings: new Map(), endingSeeds: new Map(), triggers: new Set(), deadEnds: new Map(), runs: 0 };
  /**
   * Beats no run has entered yet, by index: a beat's witness is the first route that enters it.
   * Each step looks at the beat it arrived at only (a scan of every unseen beat per step made long
   * files quadratic); a beat a trigger's goto passed through is caught by the scan after the run.
   */
  let unseen = scenario.beats.map((_beat, index) => index);
  const witnessed = new Uint8Array(scenario.beats.length);
  const witness = (beat: number, route: readonly string[]): void => {
    witnessed[beat] = 1;
    keep(found.beats, scenario.beats[beat]!.id, route);
  };
  const noteEntered = (route: readonly string[]): void => {
    const beat = store.beat();
    if (witnessed[beat] === 0 && entered[beat] === 1) witness(beat, route);
  };
  const sweep = (route: readonly string[]): void => {
    unseen = unseen.filter((beat) => {
      if (witnessed[beat] === 1) return false;
      if (entered[beat] === 0) return true;
      witness(beat, route);
      return false;
    });
  };
  const events = choiceEvents(packed);
  const chosen: string[] = [];
  /** Every other run is a careful team's (see GUIDED_DEVIATION). */
  let guided = false;
  const player: Player = {
    pick: (offered) => {
      const recommended = offered.filter((choice) => choice.rating === 'recommended');
      // One draw per pick in every run, so the generator advances the same way in both kinds.
      const deviate = uniformInt(rng, 1, GUIDED_DEVIATION) === 1;
      const pool = guided && !deviate && recommended.length > 0 ? recommended : offered;
      const id = pickLeastUsed(pool, used, rng);
      used.set(id, (used.get(id) ?? 0) + 1);
      return id;
    },
    started: () => {
      noteEntered([]);
      sweep([]);
    },
    stepped: (choice) => {
      budget.steps++;
      if (choice !== null) {
        chosen.push(choice);
        keep(found.choices, choice, chosen);
      }
      noteEntered(chosen);
    },
  };
  let runs = 0;
  for (; runs < options.runs && stepsLeft(budget) > 0 && options.wanted(found); runs++) {
    guided = runs % 2 === 1;
    const seed = uniformInt(rng, 0, 0x7fffffff);
    chosen.length = 0;
    const end = playThrough(packed, store, seed, events, Math.min(stepLimit(scenario), stepsLeft(budget)), player);
    sweep(chosen);
    if (end.kind === 'no-choice') keep(found.deadEnds, scenario.beats[end.beat]!.id, chosen);
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
