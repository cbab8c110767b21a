import { compileRules, type Rules } from '../engine/index';
import type { GameState, StepResult } from '../engine/types';
import type { Scenario, Trigger } from '../scenario/types';

/** One outcome of a step: the result, and the rolls it took (`boycott_call+`, `leak-`), if any. */
export interface Branch {
  readonly result: StepResult;
  readonly rolls: string;
}

/** Steps the rules, forking on every chance roll so both outcomes are explored exactly. */
export interface ChanceStepper {
  /** The rules with every chance left to the generator: what a real session runs. */
  readonly rules: Rules;
  /** True when some trigger has a chance below 1. */
  readonly hasChance: boolean;
  initial(seed: number): Branch[];
  step(state: GameState, event: Parameters<Rules['step']>[1]): Branch[];
}

/**
 * Chance is handled without sampling. A step runs under the real rules; if it rolled a trigger
 * whose chance is below 1, it is run again twice under rules where that trigger's chance is forced
 * to 1 (it fires) and to 0 (it never fires), and so on for any further roll the forced run makes.
 * Each trigger is checked at most once per playthrough, so this always ends; every branch is a
 * state the real rules reach with positive probability. Inject variants also use the generator,
 * but they change only which text is shown, never the state, so they need no fork.
 */
export function createChanceStepper(scenario: Scenario): ChanceStepper {
  const chancy = new Map<string, Trigger>();
  for (const trigger of scenario.triggers) if (trigger.chance < 1) chancy.set(trigger.id, trigger);
  const order = new Map(scenario.triggers.map((trigger, index) => [trigger.id, index]));
  const rules = compileRules(scenario, { notices: false });
  const forcedRules = new Map<string, Rules>([['', rules]]);

  const signature = (forced: ReadonlyMap<string, boolean>): string =>
    [...forced]
      .sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
      .map(([id, hit]) => `${id}${hit ? '+' : '-'}`)
      .join(' ');

  const rulesFor = (forced: ReadonlyMap<string, boolean>): Rules => {
    const sig = signature(forced);
    let found = forcedRules.get(sig);
    if (!found) {
      const triggers = scenario.triggers.map((trigger) => {
        const hit = forced.get(trigger.id);
        return hit === undefined ? trigger : { ...trigger, chance: hit ? 1 : 0 };
      });
      found = compileRules({ ...scenario, triggers }, { notices: false });
      forcedRules.set(sig, found);
    }
    return found;
  };

  /** The first trigger with a real chance that this result rolled and that is not forced yet. */
  const freshRoll = (before: readonly string[], after: readonly string[], forced: ReadonlyMap<string, boolean>): string | null => {
    for (let index = before.length; index < after.length; index++) {
      const id = after[index]!;
      if (chancy.has(id) && !forced.has(id)) return id;
    }
    return null;
  };

  const fork = (before: readonly string[], run: (rules: Rules) => StepResult): Branch[] => {
    const first = run(rules);
    if (!first.accepted || freshRoll(before, first.state.fired, new Map()) === null) return [{ result: first, rolls: '' }];
    const branches: Branch[] = [];
    const pending: Map<string, boolean>[] = [new Map()];
    while (pending.length > 0) {
      const forced = pending.pop()!;
      const result = forced.size === 0 ? first : run(rulesFor(forced));
      const roll = freshRoll(before, result.state.fired, forced);
      if (roll === null) {
        branches.push({ result, rolls: signature(forced) });
        continue;
      }
      pending.push(new Map(forced).set(roll, false), new Map(forced).set(roll, true));
    }
    return branches;
  };

  return {
    rules,
    hasChance: chancy.size > 0,
    initial: (seed) => fork([], (r) => r.initial(seed)),
    step: (state, event) => (chancy.size === 0 ? [{ result: rules.step(state, event), rolls: '' }] : fork(state.fired, (r) => r.step(state, event))),
  };
}
