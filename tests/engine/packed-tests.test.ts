import { describe, expect, it } from 'vitest';
import { explore, gameStateOf } from '../../src/analysis/explore';
import { holds } from '../../src/engine/conditions';
import { packedRules } from '../../src/engine/packed';
import type { Scenario } from '../../src/scenario/types';
import { engineFixtures, shippedScenarios } from './scenarios';

const STATES = 3_000;

describe('conditions on packed states', () => {
  it.each([...shippedScenarios(), ...engineFixtures()].map(({ file, scenario }) => [file, scenario] as [string, () => Scenario]))(
    'agree with the GameState conditions, every one in each of the first states of %s',
    (_file, load) => {
      const scenario = load();
      const graph = explore(scenario, { maxStates: STATES });
      const { compiled } = packedRules(scenario);
      const { tests } = compiled;
      // Every condition with its packed test: fused comparisons and negations included.
      const pairs = [
        ...compiled.choiceList.map((choice, index) => [choice.condition, tests.choice[index]!] as const),
        ...scenario.triggers.map((trigger, index) => [trigger.when, tests.trigger[index]!] as const),
        ...scenario.deadlines.flatMap((deadline, index) => [[deadline.startsWhen, tests.startsWhen[index]!] as const, [deadline.metWhen, tests.metWhen[index]!] as const]),
        ...scenario.deadlines.flatMap((deadline, index) => (deadline.deficientWhen ? [[deadline.deficientWhen, tests.deficientWhen[index]!] as const] : [])),
        ...scenario.endings.flatMap((ending, index) => (ending.when ? [[ending.when, tests.ending[index]!] as const] : [])),
      ];
      const view = graph.rules.store();
      view.s = graph.data;
      let checked = 0;
      for (let state = 0; state < graph.count; state++) {
        const game = gameStateOf(graph, state);
        view.o = state * graph.layout.keyWidth;
        for (const [condition, test] of pairs) {
          expect(test(view), `${condition?.source ?? '(none)'} in state ${state}`).toBe(holds(condition, game));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
    // Exploring 3,000 states of a shipped scenario takes seconds on a loaded two-core machine.
    60_000,
  );
});
