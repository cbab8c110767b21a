/**
 * Which beats' visit counts a session records. A count is read only by `visits()` in a condition
 * (of the rules or of a text variant) and by the choice order of a beat entered again, whose
 * shuffle is seeded per visit. A beat that no `visits()` names and that a team's own moves enter at
 * most once (off every loop, in a scenario without trigger gotos; see bounds.ts) is left out: its
 * count could only ever be 1 where it is read, and recording it copied a record that grows by one
 * beat at every step, which made a long chain quadratic to play.
 *
 * A facilitator's jump back to a beat left out shows its choices in the order of the first visit,
 * which keeps the room's numbering steady.
 */
import { conditionsOf, visitsNamed } from '../scenario/references';
import { textConditionsOf } from '../scenario/text-conditions';
import type { Scenario } from '../scenario/types';
import { visitBounds } from './bounds';

/** Per beat (by index): whether a session records how often it was entered. */
export function keptVisits(scenario: Scenario): boolean[] {
  const named = visitsNamed([...conditionsOf(scenario), ...textConditionsOf(scenario)]);
  const bounds = visitBounds(scenario);
  return scenario.beats.map((beat, at) => named.has(beat.id) || bounds[at]! > 1);
}

/** The visit number choice order uses for a beat: a beat whose count is not kept is on its first. */
export function visitNumber(visits: Readonly<Record<string, number>>, beat: string): number {
  return visits[beat] ?? 1;
}
