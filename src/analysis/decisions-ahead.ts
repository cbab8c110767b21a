import { nextBeats } from '../scenario/lookup';
import { END, type Scenario } from '../scenario/types';

/**
 * The most decisions left from each beat (its own included) when no trigger redirects: the longest
 * route through the beat graph to `end`. Infinity for a beat on a loop or leading into one.
 */
export function decisionsAhead(scenario: Scenario): Map<string, number> {
  const beats = new Map(scenario.beats.map((beat) => [beat.id, beat]));
  const ahead = new Map<string, number>();
  const open = new Set<string>();
  const visit = (id: string): number => {
    const known = ahead.get(id);
    if (known !== undefined) return known;
    const beat = beats.get(id);
    if (!beat) return 0;
    if (open.has(id)) return Infinity;
    open.add(id);
    let most = 0;
    for (const target of nextBeats(beat)) if (target !== END) most = Math.max(most, visit(target));
    open.delete(id);
    const value = (beat.decision ? 1 : 0) + most;
    ahead.set(id, value);
    return value;
  };
  for (const beat of scenario.beats) visit(beat.id);
  return ahead;
}
