/**
 * Steps packed states and keeps every chance outcome with its probability: what the strategies,
 * the trade-off check and the bounded search walk. Built on the analysis's chance stepper, so the
 * rules are the engine's own.
 */
import { NO_NEXT } from '../../engine/compiled';
import type { PackedRules } from '../../engine/packed';
import type { EngineEvent } from '../../engine/types';
import type { Scenario } from '../../scenario/types';
import { spent, type Budget } from '../budget';
import { createChanceStepper } from '../chance';

/** One outcome of a step: the state (the full width, copied), its chance outcomes, its probability. */
export interface Branch {
  readonly state: Float64Array;
  readonly rolls: string;
  readonly p: number;
}

export interface Brancher {
  readonly packed: PackedRules;
  /** The states after the start beat is entered, one per chance outcome. */
  initial(): Branch[];
  /** The outcomes of taking the choice with this index (offered here), or of Continue when null. */
  step(state: Float64Array, choice: number | null): Branch[];
  /** The indices of the choices offered in this state, in file order. */
  offered(state: Float64Array): number[];
  /** Whether the state's beat has a decision; false also at an ending. */
  decides(state: Float64Array): boolean;
  /** Whether Continue leads on from the state's beat. */
  continues(state: Float64Array): boolean;
  /** Engine steps taken so far (each chance outcome counts). */
  steps(): number;
}

const CONTINUE: EngineEvent = { type: 'player.continue' };

/** Every step is charged to `budget` when given; once it is spent, a step may return only some outcomes. */
export function createBrancher(scenario: Scenario, budget?: Budget): Brancher {
  const stepper = createChanceStepper(scenario, budget);
  const { packed } = stepper;
  const { compiled } = packed;
  const view = packed.store();
  const chance = new Map(scenario.triggers.map((trigger) => [trigger.id, trigger.chance]));
  let steps = 0;
  /** `leak+ boycott-`: the product of each roll's probability. */
  const probability = (rolls: string): number => {
    let p = 1;
    for (const roll of rolls === '' ? [] : rolls.split(' ')) {
      const c = chance.get(roll.slice(0, -1)) ?? 1;
      p *= roll.endsWith('+') ? c : 1 - c;
    }
    return p;
  };
  const collect = (out: Branch[]) => (store: { s: Float64Array }, rolls: string): void => {
    steps++;
    out.push({ state: Float64Array.from(store.s), rolls, p: probability(rolls) });
  };
  const at = (state: Float64Array): typeof view => {
    view.s = state;
    view.o = 0;
    return view;
  };
  return {
    packed,
    initial() {
      const out: Branch[] = [];
      if (budget && spent(budget)) return out;
      stepper.initial(0, collect(out));
      return out;
    },
    step(state, choice) {
      const out: Branch[] = [];
      // A spent budget stops every walk here: no outcomes, so no walk goes on.
      if (budget && spent(budget)) return out;
      stepper.step(state, 0, choice ?? CONTINUE, collect(out));
      return out;
    },
    offered(state) {
      const store = at(state);
      return (compiled.beatChoices[store.beat()] ?? []).filter((choice) => compiled.tests.choice[choice]!(store));
    },
    decides: (state) => at(state).ending() < 0 && compiled.beatDecides[at(state).beat()] === true,
    continues: (state) => at(state).ending() < 0 && !compiled.beatDecides[at(state).beat()] && compiled.beatNext[at(state).beat()] !== NO_NEXT,
    steps: () => steps,
  };
}
