import { nextBeats } from '../scenario/lookup';
import { END, type Scenario } from '../scenario/types';

/**
 * The most decisions left from each beat (its own included) when no trigger redirects: the longest
 * route through the beat graph to `end`. Infinity for a beat on a loop or leading into one.
 * A depth-first walk with its own stack, not recursion: a chain of thousands of beats is valid.
 */
export function decisionsAhead(scenario: Scenario): Map<string, number> {
  const beats = new Map(scenario.beats.map((beat) => [beat.id, beat]));
  const ahead = new Map<string, number>();
  const open = new Set<string>();
  /** The walk's stack: a beat, its successors, and the next one to look at. */
  const stack: { id: string; targets: string[]; at: number; most: number }[] = [];
  const enter = (id: string): void => {
    open.add(id);
    stack.push({ id, targets: nextBeats(beats.get(id)!).filter((target) => target !== END), at: 0, most: 0 });
  };
  /** A successor's value when known (settled, unknown id, or on the open path); undefined otherwise. */
  const known = (id: string): number | undefined => {
    const value = ahead.get(id);
    if (value !== undefined) return value;
    if (!beats.has(id)) return 0;
    return open.has(id) ? Infinity : undefined;
  };
  for (const beat of scenario.beats) {
    if (ahead.has(beat.id)) continue;
    enter(beat.id);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.at < top.targets.length) {
        const target = top.targets[top.at++]!;
        const value = known(target);
        if (value === undefined) enter(target);
        else top.most = Math.max(top.most, value);
        continue;
      }
      stack.pop();
      open.delete(top.id);
      const value = (beats.get(top.id)!.decision ? 1 : 0) + top.most;
      ahead.set(top.id, value);
      const parent = stack[stack.length - 1];
      if (parent) parent.most = Math.max(parent.most, value);
    }
  }
  return ahead;
}
