import type { GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { referencesOf } from '../scenario/references';

/** Turns a state into the string two states share exactly when the rules cannot tell them apart. */
export type StateKey = (state: GameState) => string;

const DEADLINE_CODE = { idle: 0, running: 1, met: 2, missed: 3 } as const;
const CONFIDENCE_CODE = { confirmed: 'c', preliminary: 'p', estimate: 'e' } as const;

/** Marks a number written out in decimal (see `number`); never a 15-bit half, so keys stay unambiguous. */
const DECIMAL = 0xffff;
const SEMICOLON = 59;
const HALF = 0x8000;

/**
 * The compact state key of the exhaustive analysis. It keeps everything a future step, an ending,
 * a condition or the score can observe: the beat, the ending, the clock, every meter and flag, the
 * facts some outcome revises, each deadline's status (and its start while running), the triggers
 * already checked, the claims still open to contradiction and how many were contradicted, the
 * choices that `chose()` or the rubric name, and the visit counts `visits()` names. It drops the
 * rest of the history (the full `chosen` list, other visit counts, the generator state), which is
 * what keeps the state space small.
 *
 * The analysis builds one key per transition, so the key is written as char codes into one
 * reused buffer and turned into a string once: no intermediate strings for the collector. Every
 * field has a fixed width except decimal fallbacks, which are fenced by DECIMAL and ';'.
 */
export function createStateKey(scenario: Scenario): StateKey {
  const refs = referencesOf(scenario);
  const beatIndex = new Map(scenario.beats.map((beat, index) => [beat.id, index]));
  const endingIndex = new Map(scenario.endings.map((ending, index) => [ending.id, index + 1]));
  const meters = scenario.meters.map((meter) => ({ id: meter.id, min: meter.min, compact: meter.max - meter.min < DECIMAL }));
  const flags = scenario.flags.map((flag) => flag.id);
  const facts = scenario.facts.filter((fact) => refs.revisedFacts.has(fact.id)).map((fact) => fact.id);
  const deadlines = scenario.deadlines.map((deadline) => deadline.id);
  const triggerBit = new Map(scenario.triggers.map((trigger, index) => [trigger.id, index]));
  const choiceBit = new Map([...refs.choices].map((id, index) => [id, index]));
  const visits = [...refs.visits];
  const triggerWords = Math.ceil(triggerBit.size / 15);
  const choiceWords = Math.ceil(choiceBit.size / 15);
  const codes: number[] = [];
  let length = 0;

  const push = (code: number): void => {
    codes[length++] = code;
  };
  /** Non-negative integers below 2^30 take two 15-bit chars; anything else is written out in decimal. */
  const number = (value: number): void => {
    if (Number.isInteger(value) && value >= 0 && value < HALF * HALF) {
      push((value / HALF) | 0);
      push(value % HALF);
      return;
    }
    decimal(value);
  };
  function decimal(value: number): void {
    push(DECIMAL);
    const text = String(value);
    for (let i = 0; i < text.length; i++) push(text.charCodeAt(i));
    push(SEMICOLON);
  }
  // Sets of ids as bit fields, 15 bits a char.
  const pack = (ids: readonly string[], bit: ReadonlyMap<string, number>, words: number): void => {
    if (words === 0) return;
    const start = length;
    for (let w = 0; w < words; w++) push(0);
    for (const id of ids) {
      const at = bit.get(id);
      if (at !== undefined) codes[start + ((at / 15) | 0)]! |= 1 << at % 15;
    }
  };

  return (state) => {
    length = 0;
    push(beatIndex.get(state.beat) ?? DECIMAL);
    push(state.ending === null ? 0 : (endingIndex.get(state.ending) ?? DECIMAL));
    number(state.time);
    for (const meter of meters) {
      const value = state.meters[meter.id] ?? 0;
      if (!meter.compact) number(value - meter.min);
      else if (Number.isInteger(value) && value >= meter.min && value - meter.min < DECIMAL) push(value - meter.min);
      else decimal(value);
    }
    let word = 0;
    for (let index = 0; index < flags.length; index++) {
      if (state.flags[flags[index]!]) word |= 1 << index % 15;
      if (index % 15 === 14 || index === flags.length - 1) {
        push(word);
        word = 0;
      }
    }
    for (const id of facts) number(state.facts[id] ?? 0);
    for (const id of deadlines) {
      const clock = state.deadlines[id];
      const status = clock?.status ?? 'idle';
      push(DEADLINE_CODE[status]);
      if (status === 'running') number(clock?.startedAt ?? 0);
    }
    pack(state.fired, triggerBit, triggerWords);
    pack(state.chosen, choiceBit, choiceWords);
    for (const id of visits) push(Math.min(state.visits[id] ?? 0, DECIMAL - 1));
    codes.length = length;
    let key = String.fromCharCode.apply(null, codes);
    if (state.claims.length > 0) {
      let contradicted = 0;
      const open: string[] = [];
      for (const claim of state.claims) {
        if (claim.contradictedBy) contradicted++;
        else if (refs.revisedFacts.has(claim.fact)) open.push(`${claim.fact}:${claim.value}${CONFIDENCE_CODE[claim.confidence]}`);
      }
      // The tail starts with a char no fixed-width field reaches, so it cannot be confused with one.
      if (contradicted > 0 || open.length > 0) key += `\uffff|${contradicted}|${open.sort().join(',')}`;
    }
    return key;
  };
}
