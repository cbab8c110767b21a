/**
 * The rules on packed states (layout.ts, packed-store.ts): the same moves as `step`, run on one
 * Float64Array per state, in place. The exhaustive analysis, the random playtests and the exact
 * score search step states by the million, and this is what makes that cheap: no records copied,
 * no history kept, nothing allocated per step.
 */
import { claimShape } from './claims';
import { compile, type Compiled } from './compiled';
import type { Scenario } from '../scenario/types';
import { isSet, layoutOf, readField, setBit, writeField, type Field, type Layout } from './layout';
import { enterBeat } from './moves';
import { PackedStore } from './packed-store';
import { memoByScenario } from './memo-by-scenario';
import { packedTests } from './packed-tests';
import { applyIn, refusalIn, takeChoice } from './events';
import { refused, type Refusal } from './refusal';
import { blankState } from './rules';
import { DEADLINE_CODES, DEADLINE_STATUSES, IDLE, RUNNING } from './store';
import type { ClaimRecord, DeadlineState, EngineEvent, GameState } from './types';

export interface PackedRules {
  readonly layout: Layout;
  readonly compiled: Compiled<PackedStore>;
  /** A store over a fresh array, to step with. */
  store(): PackedStore;
  /** Writes the state at hour 0 for `seed` (the start beat entered) into the store. */
  initial(store: PackedStore, seed: number): void;
  /** Why the event would be refused in the store's state, or null. */
  refusal(store: PackedStore, event: EngineEvent): Refusal | null;
  /** Applies an event the rules accept (ask `refusal` first), in place. */
  apply(store: PackedStore, event: EngineEvent): void;
  /**
   * Takes the player's choice with this index, which must be offered here: the analysis names
   * choices by index, and tests each choice's condition before it steps.
   */
  choose(store: PackedStore, choice: number): void;
  /** A GameState packed: its history folded into what the rules observe. */
  pack(state: GameState, into?: Float64Array): Float64Array;
  /**
   * The GameState a packed state stands for, as far as it knows: `chosen` and `visits` list only
   * the choices and beats that conditions and the rubric name, and each claim keeps its fact, figure or bound, confidence, audience and whether
   * it was contradicted, but not which choice made it, when, or the figure that contradicted it.
   */
  unpack(state: Float64Array, offset?: number): GameState;
}

/** Why the packed rules refuse a facilitator's jump. */
export const JUMP_REFUSED = refused('jumpPacked', "packed states follow a team's own moves; a facilitator's jump is played on the GameState rules");

/**
 * The rules of a checked scenario on packed states, cached per scenario object: they hold no state
 * of their own (each store is new), so one serves every caller. Kept apart from `compileRules` so
 * the game, which plays on GameStates only, does not carry them.
 */
export const packedRules: (scenario: Scenario) => PackedRules = memoByScenario(buildPackedRules);

function buildPackedRules(scenario: Scenario): PackedRules {
  const layout = layoutOf(scenario);
  const plain = compile(scenario);
  // The scenario's index, with its conditions compiled for packed states.
  const compiled: Compiled<PackedStore> = { ...plain, tests: packedTests(plain, layout) };
  const start = compiled.beatIndex.get(scenario.start) ?? -1;
  const endingIndex = new Map(scenario.endings.map((ending, index) => [ending.id, index]));
  const rules: PackedRules = {
    layout,
    compiled,
    store: () => new PackedStore(plain, layout),
    initial(store, seed) {
      // The same blank state as `compileRules(...).initial`, packed, then the start beat entered.
      store.o = 0;
      rules.pack(blankState(scenario, seed), store.s);
      enterBeat(compiled, store, start);
    },
    // A facilitator's jump can enter a beat any number of times, past the bounds the layout's
    // counts are sized by (bounds.ts); sessions, which allow it, run on GameStates.
    refusal: (store, event) => (event.type === 'facilitator.jump' ? JUMP_REFUSED : refusalIn(compiled, store, event)),
    apply: (store, event) => applyIn(compiled, store, event),
    choose: (store, choice) => takeChoice(compiled, store, choice, false),
    pack(state, into = new Float64Array(layout.width)) {
      // Read straight from the records, in plain loops: a key is packed for every state xstate's
      // traversal meets, and this must not be what that side of the benchmark measures.
      const s = into;
      s.fill(0);
      writeField(s, 0, layout.beat, compiled.beatIndex.get(state.beat) ?? -1);
      writeField(s, 0, layout.ending, state.ending === null ? -1 : (endingIndex.get(state.ending) ?? -1));
      if (layout.returnTo) writeField(s, 0, layout.returnTo, state.returnTo === undefined ? -1 : (compiled.beatIndex.get(state.returnTo) ?? -1));
      writeField(s, 0, layout.time, state.time);
      const { meters, flags, facts, deadlines, beats } = scenario;
      for (let index = 0; index < meters.length; index++) writeField(s, 0, layout.meters[index]!, state.meters[meters[index]!.id] ?? meters[index]!.start);
      for (let index = 0; index < flags.length; index++) setBit(s, 0, layout.flags[index]!, state.flags[flags[index]!.id] ?? false);
      for (let index = 0; index < facts.length; index++) s[layout.facts[index]!] = state.facts[facts[index]!.id] ?? 0;
      for (let index = 0; index < deadlines.length; index++) {
        const clock = state.deadlines[deadlines[index]!.id];
        const status = DEADLINE_CODES[clock?.status ?? 'idle'];
        writeField(s, 0, layout.deadlineStatus[index]!, status);
        writeField(s, 0, layout.deadlineSince[index]!, status === RUNNING ? (clock?.startedAt ?? 0) : 0);
        s[layout.deadlineStarted[index]!] = clock?.startedAt ?? 0;
        s[layout.deadlineResolved[index]!] = clock?.resolvedAt ?? 0;
      }
      for (let index = 0; index < meters.length; index++) {
        const cap = layout.caps[index];
        const capped = state.caps?.[meters[index]!.id];
        if (cap && capped !== undefined) writeField(s, 0, cap, layout.capValues[index]!.indexOf(capped) + 1);
        const floor = layout.floors[index];
        const floored = state.floors?.[meters[index]!.id];
        if (floor && floored !== undefined) writeField(s, 0, floor, layout.floorValues[index]!.indexOf(floored) + 1);
      }
      for (const id of state.fired) {
        const trigger = compiled.triggerIndex.get(id);
        if (trigger !== undefined) setBit(s, 0, layout.fired[trigger]!, true);
      }
      for (const id of state.chosen) {
        const choice = compiled.choiceIndex.get(id);
        const bit = choice === undefined ? null : layout.chose[choice];
        if (bit) setBit(s, 0, bit, true);
      }
      for (let index = 0; index < beats.length; index++) {
        const field = layout.visits[index]!;
        if (field) writeField(s, 0, field, state.visits[beats[index]!.id] ?? 0);
      }
      for (const claim of state.claims) {
        const kind = compiled.claimKindOf(compiled.factIndex.get(claim.fact) ?? -1, claim.value, claim.confidence, claim);
        if (kind < 0) continue;
        const field = claim.contradictedBy ? layout.claimsContradicted[kind]! : layout.claimsOpen[kind]!;
        writeField(s, 0, field, readField(s, 0, field) + 1);
      }
      for (let at = 0; at < layout.rngLength; at++) s[layout.rng + at] = state.rng[at] ?? 0;
      return s;
    },
    unpack(packed, offset = 0) {
      const at = (slot: number): number => packed[offset + slot]!;
      const field = (of: Field): number => readField(packed, offset, of);
      const ending = field(layout.ending);
      const returnTo = layout.returnTo ? field(layout.returnTo) : -1;
      const visits: Record<string, number> = {};
      scenario.beats.forEach((beat, index) => {
        const known = layout.visits[index]!;
        const count = known ? field(known) : 0;
        if (count > 0) visits[beat.id] = count;
      });
      const deadlines: Record<string, DeadlineState> = {};
      scenario.deadlines.forEach((deadline, index) => {
        const status = field(layout.deadlineStatus[index]!);
        const startedAt = at(layout.deadlineStarted[index]!);
        deadlines[deadline.id] =
          status === IDLE
            ? { status: 'idle' }
            : status === RUNNING
              ? { status: 'running', startedAt: field(layout.deadlineSince[index]!) }
              : { status: DEADLINE_STATUSES[status]!, startedAt, resolvedAt: at(layout.deadlineResolved[index]!) };
      });
      const limits = (fields: Layout['caps'], values: Layout['capValues']): Record<string, number> | undefined => {
        const found: [string, number][] = [];
        scenario.meters.forEach((meter, index) => {
          const known = fields[index];
          const code = known ? field(known) : 0;
          if (code > 0) found.push([meter.id, values[index]![code - 1]!]);
        });
        return found.length === 0 ? undefined : Object.fromEntries(found);
      };
      const caps = limits(layout.caps, layout.capValues);
      const floors = limits(layout.floors, layout.floorValues);
      const claims: ClaimRecord[] = [];
      compiled.claimKinds.forEach((kind, index) => {
        const record = { fact: scenario.facts[kind.fact]!.id, value: kind.value, confidence: kind.confidence, choice: '', beat: '', time: 0, ...claimShape(kind) };
        for (let n = field(layout.claimsOpen[index]!); n > 0; n--) claims.push(record);
        for (let n = field(layout.claimsContradicted[index]!); n > 0; n--) claims.push({ ...record, contradictedBy: { value: kind.value, time: 0 } });
      });
      return {
        beat: scenario.beats[field(layout.beat)]?.id ?? scenario.start,
        ending: ending < 0 ? null : scenario.endings[ending]!.id,
        time: field(layout.time),
        meters: Object.fromEntries(scenario.meters.map((meter, index) => [meter.id, field(layout.meters[index]!)])),
        flags: Object.fromEntries(scenario.flags.map((flag, index) => [flag.id, isSet(packed, offset, layout.flags[index]!)])),
        facts: Object.fromEntries(scenario.facts.map((fact, index) => [fact.id, at(layout.facts[index]!)])),
        visits,
        chosen: compiled.choiceList.filter((_choice, index) => {
          const bit = layout.chose[index];
          return bit ? isSet(packed, offset, bit) : false;
        }).map((choice) => choice.id),
        deadlines,
        fired: scenario.triggers.filter((_trigger, index) => isSet(packed, offset, layout.fired[index]!)).map((trigger) => trigger.id),
        claims,
        rng: Array.from(packed.subarray(offset + layout.rng, offset + layout.rng + layout.rngLength)),
        ...(caps && { caps }),
        ...(floors && { floors }),
        ...(returnTo >= 0 && { returnTo: scenario.beats[returnTo]!.id }),
      };
    },
  };
  return rules;
}
