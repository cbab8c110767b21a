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
  const looped = onLoops(successors);
  return scenario.beats.map((_beat, at) => (looped[at] ? Infinity : 1 + jumps));
}

/**
 * Per node, whether it lies on a cycle: its strongly connected component has more than one node,
 * or it is its own successor. Tarjan's algorithm with an explicit stack, so it is linear in the
 * graph and a chain of thousands of beats neither takes quadratic time nor overflows the stack.
 */
export function onLoops(successors: readonly (readonly number[])[]): boolean[] {
  const count = successors.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const looped: boolean[] = new Array<boolean>(count).fill(false);
  const component: number[] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    // Each frame: a node and how many of its successors have been looked at.
    const frames: [number, number][] = [[root, 0]];
    order[root] = low[root] = next++;
    component.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [node, seen] = frame;
      const out = successors[node]!;
      if (seen < out.length) {
        frame[1] = seen + 1;
        const to = out[seen]!;
        if (to === node) looped[node] = true;
        if (order[to] === -1) {
          order[to] = low[to] = next++;
          component.push(to);
          onStack[to] = 1;
          frames.push([to, 0]);
        } else if (onStack[to]) low[node] = Math.min(low[node]!, order[to]!);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!);
      if (low[node] !== order[node]) continue;
      const start = component.lastIndexOf(node);
      const members = component.splice(start);
      for (const member of members) {
        onStack[member] = 0;
        if (members.length > 1) looped[member] = true;
      }
    }
  }
  return looped;
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
