/**
 * What only a facilitator's push can bring about. The exploration follows the team's own moves
 * and makes no push (a push is the facilitator's call, at any beat: exploring them all would
 * multiply the states by the push points), so these are listed apart rather than as unreachable;
 * the scenario's test plans play them.
 */
import type { Expr, Scenario } from '../scenario/types';

export interface PushedOnly {
  /** Detour beats: opened only by pushing an optional inject. */
  readonly beats: readonly string[];
  readonly choices: readonly string[];
  /** Triggers whose condition needs a flag that only a detour's choice or a pushed inject sets. */
  readonly triggers: readonly string[];
  /** Flags only a detour's choice or a pushed inject sets. */
  readonly flags: readonly string[];
}

/** The flags a condition needs true: `paid`, `paid and x`, not under `or` or `not`. */
function neededFlags(expr: Expr, into: string[] = []): string[] {
  if (expr.kind === 'ref' && expr.of === 'flag') into.push(expr.id);
  else if (expr.kind === 'and') {
    neededFlags(expr.left, into);
    neededFlags(expr.right, into);
  }
  return into;
}

export function pushedOnly(scenario: Scenario): PushedOnly {
  const detours = scenario.beats.filter((beat) => beat.detour);
  const choices = detours.flatMap((beat) => beat.decision?.choices ?? []);
  // Flags that something the team does, or the clock, can set: any outcome outside a push.
  const teamSet = new Set<string>(scenario.flags.filter((flag) => flag.start).map((flag) => flag.id));
  const pushSet = new Set<string>();
  const mark = (flags: Readonly<Record<string, boolean>>, into: Set<string>): void => {
    for (const [flag, value] of Object.entries(flags)) if (value) into.add(flag);
  };
  for (const beat of scenario.beats) {
    mark(beat.onEnter.flags, beat.detour ? pushSet : teamSet);
    for (const choice of beat.decision?.choices ?? []) mark(choice.outcome.flags, beat.detour ? pushSet : teamSet);
  }
  for (const inject of scenario.optionalInjects) mark(inject.outcome.flags, pushSet);
  for (const deadline of scenario.deadlines) for (const outcome of [deadline.onMet, deadline.onMissed, deadline.onDeficient]) if (outcome) mark(outcome.flags, teamSet);
  for (const trigger of scenario.triggers) mark(trigger.outcome.flags, teamSet);
  const pushedFlag = (flag: string): boolean => pushSet.has(flag) && !teamSet.has(flag);
  return {
    beats: detours.map((beat) => beat.id),
    choices: choices.map((choice) => choice.id),
    triggers: scenario.triggers.filter((trigger) => neededFlags(trigger.when.expr).some(pushedFlag)).map((trigger) => trigger.id),
    flags: [...pushSet].filter(pushedFlag),
  };
}

/**
 * Whether a condition reads anything only a push brings about (a flag, a detour's beat or choice, a
 * trigger that needs one). The exploration makes no push, so what it saw of such a condition
 * ("never true", "always true") is not what a pushed room meets: the analysis says nothing of it.
 */
export function readsPushed(expr: Expr, pushed: PushedOnly): boolean {
  switch (expr.kind) {
    case 'ref':
      return expr.of === 'flag' && pushed.flags.includes(expr.id);
    case 'call':
      return (
        (expr.fn === 'chose' && pushed.choices.includes(expr.id)) ||
        (expr.fn === 'visits' && pushed.beats.includes(expr.id)) ||
        (expr.fn === 'fired' && pushed.triggers.includes(expr.id))
      );
    case 'not':
      return readsPushed(expr.operand, pushed);
    case 'and':
    case 'or':
    case 'cmp':
      return readsPushed(expr.left, pushed) || readsPushed(expr.right, pushed);
    default:
      return false;
  }
}
