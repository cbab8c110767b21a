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
  const endingIndex = new Map(scenario.endings.map((ending, index) => [ending.id, index + 1]));
  const meters = scenario.meters.map((meter) => ({ id: meter.id, min: meter.min, compact: meter.max - meter.min < 0xffff }));
  const flags = scenario.flags.map((flag) => flag.id);
  const facts = scenario.facts.filter((fact) => refs.revisedFacts.has(fact.id)).map((fact) => fact.id);
  const deadlines = scenario.deadlines.map((deadline) => deadline.id);
  const triggerBit = new Map(scenario.triggers.map((trigger, index) => [trigger.id, index]));
  const choiceBit = new Map([...refs.choices].map((id, index) => [id, index]));
  const visits = [...refs.visits];
  const char = String.fromCharCode;
  // Sets of ids as bit fields, 15 bits a character.
  const pack = (ids: readonly string[], bit: ReadonlyMap<string, number>): string => {
    if (bit.size === 0) return '';
    const words = new Array<number>(Math.ceil(bit.size / 15)).fill(0);
    for (const id of ids) {
      const at = bit.get(id);
      if (at !== undefined) words[(at / 15) | 0]! |= 1 << at % 15;
    }
    return char(...words);
  };

  // One character per bounded quantity (beat, ending, meter, flag word, deadline status, visit
  // count): short keys hash and compare fast. Unbounded numbers (time, facts, starts) stay decimal.
  return (state) => {
    let key = char(beatIndex.get(state.beat) ?? 0xffff, state.ending === null ? 0 : (endingIndex.get(state.ending) ?? 0xffff)) + state.time;
    key += '|';
    for (const meter of meters) {
      const value = state.meters[meter.id] ?? 0;
      key += meter.compact && Number.isInteger(value) ? char(value - meter.min) : `${value};`;
    }
    let word = 0;
    flags.forEach((id, index) => {
      if (state.flags[id]) word |= 1 << index % 15;
      if (index % 15 === 14 || index === flags.length - 1) {
        key += char(word);
        word = 0;
      }
    });
    for (const id of facts) key += `${state.facts[id]};`;
    for (const id of deadlines) {
      const clock = state.deadlines[id];
      const status = clock?.status ?? 'idle';
      key += DEADLINE_CODE[status];
      if (status === 'running') key += `${clock?.startedAt ?? 0};`;
    }
    key += `|${pack(state.fired, triggerBit)}${pack(state.chosen, choiceBit)}`;
    for (const id of visits) key += char(Math.min(state.visits[id] ?? 0, 0xffff));
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
