/**
 * Which claim kinds a revision can ever contradict. Revisions set facts to figures written in the
 * scenario, so this is known before play: a kind no written revision contradicts (a fact nothing
 * revises, a bound every revision falls inside) never changes, and the packed state keeps its
 * counts out of the analysis's key.
 */
import { outcomesOf } from '../scenario/references';
import type { Scenario } from '../scenario/types';
import { figureContradicted } from './claims';
import type { ClaimKind } from './compiled';

/** Per claim kind (by index): whether some outcome revises its fact to a figure that contradicts it. */
export function contradictableKinds(scenario: Scenario, kinds: readonly ClaimKind[]): boolean[] {
  const revisions = new Map<string, number[]>();
  for (const outcome of outcomesOf(scenario)) {
    for (const [fact, to] of Object.entries(outcome.facts)) revisions.set(fact, [...(revisions.get(fact) ?? []), to]);
  }
  return kinds.map((kind) => {
    const fact = scenario.facts[kind.fact]!;
    const tolerance = fact.tolerance ?? scenario.credibility.tolerance;
    return (revisions.get(fact.id) ?? []).some((to) => figureContradicted(kind, to, tolerance));
  });
}
