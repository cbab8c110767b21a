/**
 * Parts that do nothing a team can notice: a flag set but never read (CR532), a fact revised but
 * never claimed nor shown (CR533), and a trigger that already holds before the team's first
 * decision (CR534), which is then no consequence of anything the team did.
 */
import { packedTest } from '../../engine/packed-tests';
import { isSet } from '../../engine/layout';
import { conditionsOf, outcomesOf } from '../../scenario/references';
import { textConditionsOf } from '../../scenario/text-conditions';
import type { Expr, Scenario } from '../../scenario/types';
import type { Brancher } from './branches';
import type { Found } from './types';

/** Every meter, flag and fact name a condition reads. */
function namesIn(expr: Expr, into: Set<string>): void {
  switch (expr.kind) {
    case 'ref':
      into.add(expr.id);
      return;
    case 'not':
      namesIn(expr.operand, into);
      return;
    case 'and':
    case 'or':
    case 'cmp':
      namesIn(expr.left, into);
      namesIn(expr.right, into);
      return;
    default:
      return;
  }
}

/**
 * CR532 and CR533. "Read" means named in a condition: a choice's `if`, a trigger's or ending's
 * `when`, a deadline's clocks, rubric evidence, or conditional text. A fact is shown to the team
 * only through a claim about it (the contradiction is shown when it is revised) or through what a
 * condition makes of it; its revision alone appears nowhere in the game.
 */
export function unusedParts(scenario: Scenario): Found[] {
  const read = new Set<string>();
  for (const { condition } of [...conditionsOf(scenario), ...textConditionsOf(scenario)]) namesIn(condition.expr, read);
  const set = new Set<string>();
  const revised = new Set<string>();
  for (const outcome of outcomesOf(scenario)) {
    for (const flag in outcome.flags) set.add(flag);
    for (const fact in outcome.facts) revised.add(fact);
  }
  const claimed = new Set(scenario.beats.flatMap((beat) => beat.decision?.choices.flatMap((choice) => choice.claims.map((claim) => claim.fact)) ?? []));
  const found: Found[] = [];
  scenario.flags.forEach((flag, index) => {
    if (!set.has(flag.id) || read.has(flag.id)) return;
    found.push({
      code: 'CR532',
      message: `flag '${flag.id}' is set but nothing reads it (no condition, ending, rubric or text names it), so setting it changes nothing. Read it where it should matter (an ending's when, a choice's if, a rubric item), or remove it`,
      words: { key: 'CR532', values: { flag: flag.id } },
      path: ['flags', index],
      places: [['flags', index]],
    });
  });
  scenario.facts.forEach((fact, index) => {
    if (!revised.has(fact.id) || claimed.has(fact.id) || read.has(fact.id)) return;
    found.push({
      code: 'CR533',
      message: `fact '${fact.id}' is revised but never claimed nor shown: no choice claims it and no condition or text reads it, so the team never sees the revision. Let a choice claim it, or read it in a condition, or drop the revision`,
      words: { key: 'CR533', values: { fact: fact.id } },
      path: ['facts', index],
      places: [['facts', index]],
    });
  });
  return found;
}

/** CR534: triggers whose condition held (or holds) in a state before the team's first decision. */
export function earlyTriggers(scenario: Scenario, brancher: Brancher): Found[] {
  const { packed } = brancher;
  const test = packedTest(packed.compiled, packed.layout);
  const tests = scenario.triggers.map((trigger) => test(trigger.when));
  const view = packed.store();
  const early = new Set<number>();
  // From the start, through beats without a decision, to the first decision (every chance outcome).
  let frontier = brancher.initial().map((branch) => branch.state);
  for (let depth = 0; frontier.length > 0 && depth < 100; depth++) {
    for (const state of frontier) {
      view.s = state;
      view.o = 0;
      scenario.triggers.forEach((_trigger, index) => {
        if (isSet(state, 0, packed.layout.fired[index]!) || tests[index]!(view)) early.add(index);
      });
    }
    frontier = frontier.flatMap((state) => (brancher.continues(state) ? brancher.step(state, null).map((branch) => branch.state) : []));
  }
  return [...early].sort((a, b) => a - b).map((index): Found => ({
    code: 'CR534',
    message: `trigger '${scenario.triggers[index]!.id}' holds before the team's first decision (its when "${scenario.triggers[index]!.when.source}" is true once the start beat is entered), so it is no consequence of anything the team does. Make its condition depend on a choice or a later hour, or put its inject and effects in the start beat`,
    words: { key: 'CR534', values: { trigger: scenario.triggers[index]!.id, when: scenario.triggers[index]!.when.source } },
    path: ['triggers', index, 'when'],
    places: [['triggers', index]],
  }));
}
