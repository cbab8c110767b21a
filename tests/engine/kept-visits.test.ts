import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../src/analysis/index';
import { onLoops } from '../../src/engine/bounds';
import { choiceOrder } from '../../src/engine/choice-order';
import { compileRules, orderChoices } from '../../src/engine/index';
import { keptVisits } from '../../src/engine/kept-visits';
import { loadScenario, type Scenario } from '../../src/scenario/index';
import { loadFixture } from './load-fixture';

const load = (path: string): Scenario => loadScenario(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'), { file: path }).scenario!;

/** Whether a walk from `from`'s successors comes back to it: the definition, one search per node. */
const onLoopByWalking = (successors: readonly (readonly number[])[], from: number): boolean => {
  const seen = new Set<number>();
  const stack = [...successors[from]!];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === from) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...successors[at]!);
  }
  return false;
};

describe('which beats keep a visit count', () => {
  it('finds the nodes on a cycle exactly as a walk from each node would', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((size) => fc.array(fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 }), { minLength: size, maxLength: size }));
    fc.assert(
      fc.property(graph, (successors) => {
        expect(onLoops(successors)).toEqual(successors.map((_out, node) => onLoopByWalking(successors, node)));
      }),
      { numRuns: 500 },
    );
  });

  it('walks a 50,000-node chain without overflowing the stack', () => {
    const chain = Array.from({ length: 50_000 }, (_node, at) => (at + 1 < 50_000 ? [at + 1] : [0]));
    expect(onLoops(chain).every(Boolean)).toBe(true);
  });

  it('keeps no count on a chain entered once, so a long chain plays without copying a growing record', () => {
    const scenario = generateScenario({ decisions: 2_000, choicesPerDecision: 2 });
    expect(keptVisits(scenario).some(Boolean)).toBe(false);
    const rules = compileRules(scenario, { notices: false });
    let state = rules.initial(1).state;
    while (state.ending === null) state = rules.step(state, { type: 'player.choose', choice: rules.available(state)[0]!.id }).state;
    expect(state.visits).toEqual({});
    expect(state.chosen).toHaveLength(2_000);
  });

  it('keeps the count of a beat on a loop, and of a beat every trigger goto can bring back', () => {
    expect(keptVisits(load('../fixtures/analysis/loop.yaml'))).toEqual([true]);
    const triggers = loadFixture('triggers');
    expect(keptVisits(triggers)).toEqual(triggers.beats.map(() => true));
  });

  it('shows a beat whose count is not kept in its first-visit order', () => {
    const scenario = generateScenario({ decisions: 3, choicesPerDecision: 4 });
    const rules = compileRules(scenario);
    const state = rules.initial(7).state;
    const decision = rules.beat(state.beat).decision!;
    const first = choiceOrder(decision, 7, state.beat, 1).map((index) => decision.choices[index]!.id);
    expect(orderChoices(decision, state, 7).map((choice) => choice.id)).toEqual(first);
  });
});
