import type { GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { referencesOf } from './references';

/** Turns a state into the string two states share exactly when the rules cannot tell them apart. */
export type StateKey = (state: GameState) => string;

const DEADLINE_CODE = { idle: 'i', running: 'r', met: 'm', missed: 'x' } as const;
const CONFIDENCE_CODE = { confirmed: 'c', preliminary: 'p', estimate: 'e' } as const;

/**
 * The compact state key of the exhaustive analysis. It keeps everything a future step, an ending,
 * a condition or the score can observe: the beat, the ending, the clock, every meter and flag, the
 * facts some outcome revises, each deadline's status (and its start while running), the triggers
 * already checked, the claims still open to contradiction and how many were contradicted, the
 * choices that `chose()` or the rubric name, and the visit counts `visits()` names. It drops the
 * rest of the history (the full `chosen` list, other visit counts, the generator state), which is
 * what keeps the state space small.
 */
export function createStateKey(scenario: Scenario): StateKey {
  const refs = referencesOf(scenario);
  const beatIndex = new Map(scenario.beats.map((beat, index) => [beat.id, index]));
  const endingIndex = new Map(scenario.endings.map((ending, index) => [ending.id, index]));
  const meters = scenario.meters.map((meter) => meter.id);
  const flags = scenario.flags.map((flag) => flag.id);
  const facts = scenario.facts.filter((fact) => refs.revisedFacts.has(fact.id)).map((fact) => fact.id);
  const deadlines = scenario.deadlines.map((deadline) => deadline.id);
  const triggerBit = new Map(scenario.triggers.map((trigger, index) => [trigger.id, index]));
  const choiceBit = new Map([...refs.choices].map((id, index) => [id, index]));
  const visits = [...refs.visits];
  const bits = (count: number): number[] => new Array<number>(Math.ceil(count / 30)).fill(0);

  return (state) => {
    let key = `${beatIndex.get(state.beat) ?? state.beat}|${state.ending === null ? '' : (endingIndex.get(state.ending) ?? state.ending)}|${state.time}|`;
    for (const id of meters) key += `${state.meters[id]},`;
    key += '|';
    for (const id of flags) key += state.flags[id] ? '1' : '0';
    key += '|';
    for (const id of facts) key += `${state.facts[id]},`;
    key += '|';
    for (const id of deadlines) {
      const clock = state.deadlines[id];
      const status = clock?.status ?? 'idle';
      key += DEADLINE_CODE[status];
      if (status === 'running') key += `${clock?.startedAt ?? 0},`;
    }
    const fired = bits(triggerBit.size);
    for (const id of state.fired) {
      const bit = triggerBit.get(id);
      if (bit !== undefined) fired[(bit / 30) | 0]! |= 1 << bit % 30;
    }
    key += `|${fired.join(',')}|`;
    if (choiceBit.size > 0) {
      const chosen = bits(choiceBit.size);
      for (const id of state.chosen) {
        const bit = choiceBit.get(id);
        if (bit !== undefined) chosen[(bit / 30) | 0]! |= 1 << bit % 30;
      }
      key += chosen.join(',');
    }
    key += '|';
    for (const id of visits) key += `${state.visits[id] ?? 0},`;
    if (state.claims.length > 0) {
      let contradicted = 0;
      const open: string[] = [];
      for (const claim of state.claims) {
        if (claim.contradictedBy) contradicted++;
        else if (refs.revisedFacts.has(claim.fact)) open.push(`${claim.fact}:${claim.value}${CONFIDENCE_CODE[claim.confidence]}`);
      }
      if (contradicted > 0 || open.length > 0) key += `|${contradicted}|${open.sort().join(',')}`;
    }
    return key;
  };
}
