/**
 * How large a team's own moves can make the counts in a state: how often a beat is entered, and
 * how often a claim of one kind is made. The packed layout gives a count only the bits its bound
 * needs (see layout.ts); the exhaustive analysis copies, hashes and compares every state's key,
 * so a narrower key is a faster analysis.
 *
 * A playthrough moves along the beat graph (choices' and Continues' `next`) and, at most once per
 * trigger, jumps to a trigger's `goto`. Between two jumps it cannot enter a beat twice unless the
 * beat lies on a loop of the graph, so a beat off every loop is entered at most once more than
 * there are triggers with a `goto`. A beat on a loop has no bound, nor has anything under a
 * facilitator's jump, which the packed rules therefore refuse (see packed.ts).
 */
import { nextBeats } from '../scenario/lookup';
import type { Scenario } from '../scenario/types';
import type { Compiled } from './compiled';

/** Per beat (by index), the most times a team's own moves can enter it; Infinity on a loop. */
export function visitBounds(scenario: Scenario): number[] {
  const index = new Map(scenario.beats.map((beat, at) => [beat.id, at]));
  const successors = scenario.beats.map((beat) => nextBeats(beat).flatMap((id) => index.get(id) ?? []));
  const jumps = scenario.triggers.filter((trigger) => trigger.goto !== undefined).length;
  /** Whether a walk from `from`'s successors comes back to `from`. */
  const onLoop = (from: number): boolean => {
    const seen = new Uint8Array(scenario.beats.length);
    const stack = [...successors[from]!];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (at === from) return true;
      if (seen[at]) continue;
      seen[at] = 1;
      stack.push(...successors[at]!);
    }
    return false;
  };
  return scenario.beats.map((_beat, at) => (onLoop(at) ? Infinity : 1 + jumps));
}

/**
 * Per claim kind (by index), the most claims of that kind a team's own moves can make: each visit
 * to a beat takes one of its choices, so a beat adds at most its visits times the most claims of
 * the kind one of its choices makes.
 */
export function claimBounds(compiled: Compiled, visits: readonly number[]): number[] {
  const bounds = compiled.claimKinds.map(() => 0);
  compiled.beatChoices.forEach((choices, beat) => {
    const most = compiled.claimKinds.map(() => 0);
    for (const choice of choices) {
      const made = compiled.claimKinds.map(() => 0);
      for (const kind of compiled.choiceClaims[choice]!) made[kind]!++;
      made.forEach((count, kind) => (most[kind] = Math.max(most[kind]!, count)));
    }
    most.forEach((count, kind) => {
      if (count > 0) bounds[kind]! += count * visits[beat]!;
    });
  });
  return bounds;
}

/**
 * The latest hour the clock can show. Entering a beat sets the clock to at most the latest
 * absolute hour, or moves it on by a relative beat's hours; so the clock never passes the latest
 * absolute hour plus, for each relative beat, its hours times the most times it can be entered.
 * Infinity when a relative beat that moves the clock lies on a loop.
 */
export function latestHour(scenario: Scenario, visits: readonly number[]): number {
  let latest = 0;
  for (const beat of scenario.beats) if (beat.after === undefined) latest = Math.max(latest, beat.at);
  scenario.beats.forEach((beat, at) => {
    if (beat.after !== undefined && beat.after > 0) latest += beat.after * visits[at]!;
  });
  return latest;
}
