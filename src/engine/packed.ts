/**
 * The rules on packed states (layout.ts, packed-store.ts): the same moves as `step`, run on one
 * Float64Array per state, in place. The exhaustive analysis, the random playtests and the exact
 * score search step states by the million, and this is what makes that cheap: no records copied,
 * no history kept, nothing allocated per step.
 */
import { claimKindKey, type Compiled } from './compiled';
import { isSet, layoutOf, setBit, type Layout } from './layout';
import { enterBeat } from './moves';
import { ObjectDraft } from './object-store';
import { PackedStore } from './packed-store';
import { applyIn, choiceRefusal, refusalIn, takeChoice } from './events';
import { seedRng } from './rng';
import { DEADLINE_STATUSES, IDLE, RUNNING } from './store';
import type { ClaimRecord, DeadlineState, EngineEvent, GameState } from './types';

export interface PackedRules {
  readonly layout: Layout;
  readonly compiled: Compiled;
  /** A store over a fresh array, to step with. */
  store(): PackedStore;
  /** Writes the state at hour 0 for `seed` (the start beat entered) into the store. */
  initial(store: PackedStore, seed: number): void;
  /** Why the event would be refused in the store's state, or null. */
  refusal(store: PackedStore, event: EngineEvent): string | null;
  /** Applies an event the rules accept (ask `refusal` first), in place. */
  apply(store: PackedStore, event: EngineEvent): void;
  /** `refusal` of the player's choice with this index: the analysis names choices by index. */
  choiceRefusal(store: PackedStore, choice: number): string | null;
  /** Takes the player's choice with this index, which the rules accept (ask `choiceRefusal` first). */
  choose(store: PackedStore, choice: number): void;
  /** A GameState packed: its history folded into what the rules observe. */
  pack(state: GameState, into?: Float64Array): Float64Array;
  /**
   * The GameState a packed state stands for, as far as it knows: `chosen` and `visits` list only
   * the choices and beats that conditions and the rubric name, and each claim keeps its fact, figure, confidence and whether
   * it was contradicted, but not which choice made it, when, or the figure that contradicted it.
   */
  unpack(state: Float64Array, offset?: number): GameState;
}

export function createPackedRules(compiled: Compiled): PackedRules {
  const { scenario } = compiled;
  const layout = layoutOf(scenario);
  const start = compiled.beatIndex.get(scenario.start) ?? -1;
  const kindOf = new Map(compiled.claimKinds.map((kind, index) => [claimKindKey(kind.fact, kind.value, kind.confidence), index]));

  return {
    layout,
    compiled,
    store: () => new PackedStore(compiled, layout),
    initial(store, seed) {
      store.o = 0;
      const s = store.s;
      s.fill(0);
      s[layout.beat] = start;
      s[layout.ending] = -1;
      scenario.meters.forEach((meter, index) => (s[layout.meters[index]!] = meter.start));
      scenario.flags.forEach((flag, index) => setBit(s, 0, layout.flags[index]!, flag.start));
      scenario.facts.forEach((fact, index) => (s[layout.facts[index]!] = fact.start));
      store.setRng(seedRng(seed));
      enterBeat(compiled, store, start);
    },
    refusal: (store, event) => refusalIn(compiled, store, event),
    apply: (store, event) => applyIn(compiled, store, event),
    choiceRefusal: (store, choice) => choiceRefusal(compiled, store, choice, compiled.choiceList[choice]?.id ?? String(choice)),
    choose: (store, choice) => takeChoice(compiled, store, choice, false),
    pack(state, into = new Float64Array(layout.width)) {
      const draft = new ObjectDraft(compiled, state, false);
      const s = into;
      s.fill(0);
      s[layout.beat] = draft.beat();
      s[layout.ending] = draft.ending();
      s[layout.time] = state.time;
      scenario.meters.forEach((_meter, index) => (s[layout.meters[index]!] = draft.meter(index)));
      scenario.flags.forEach((_flag, index) => setBit(s, 0, layout.flags[index]!, draft.flag(index)));
      scenario.facts.forEach((_fact, index) => (s[layout.facts[index]!] = draft.fact(index)));
      scenario.deadlines.forEach((deadline, index) => {
        const clock = state.deadlines[deadline.id];
        const status = draft.deadline(index);
        s[layout.deadlineStatus[index]!] = status;
        s[layout.deadlineSince[index]!] = status === RUNNING ? (clock?.startedAt ?? 0) : 0;
        s[layout.deadlineStarted[index]!] = clock?.startedAt ?? 0;
        s[layout.deadlineResolved[index]!] = clock?.resolvedAt ?? 0;
      });
      scenario.triggers.forEach((_trigger, index) => setBit(s, 0, layout.fired[index]!, draft.fired(index)));
      layout.chose.forEach((bit, index) => {
        if (bit) setBit(s, 0, bit, draft.chose(index));
      });
      layout.visits.forEach((at, index) => {
        if (at >= 0) s[at] = draft.visits(index);
      });
      for (const claim of state.claims) {
        const kind = kindOf.get(claimKindKey(compiled.factIndex.get(claim.fact) ?? -1, claim.value, claim.confidence));
        if (kind === undefined) continue;
        if (claim.contradictedBy) {
          s[layout.claimsContradicted[kind]!]!++;
        } else s[layout.claimsOpen[kind]!]!++;
      }
      s.set(state.rng, layout.rng);
      return s;
    },
    unpack(packed, offset = 0) {
      const at = (slot: number): number => packed[offset + slot]!;
      const ending = at(layout.ending);
      const visits: Record<string, number> = {};
      scenario.beats.forEach((beat, index) => {
        const count = layout.visits[index]! >= 0 ? at(layout.visits[index]!) : 0;
        if (count > 0) visits[beat.id] = count;
      });
      const deadlines: Record<string, DeadlineState> = {};
      scenario.deadlines.forEach((deadline, index) => {
        const status = at(layout.deadlineStatus[index]!);
        const startedAt = at(layout.deadlineStarted[index]!);
        deadlines[deadline.id] =
          status === IDLE
            ? { status: 'idle' }
            : status === RUNNING
              ? { status: 'running', startedAt: at(layout.deadlineSince[index]!) }
              : { status: DEADLINE_STATUSES[status]!, startedAt, resolvedAt: at(layout.deadlineResolved[index]!) };
      });
      const claims: ClaimRecord[] = [];
      compiled.claimKinds.forEach((kind, index) => {
        const record = { fact: scenario.facts[kind.fact]!.id, value: kind.value, confidence: kind.confidence, choice: '', beat: '', time: 0 };
        for (let n = at(layout.claimsOpen[index]!); n > 0; n--) claims.push(record);
        for (let n = at(layout.claimsContradicted[index]!); n > 0; n--) claims.push({ ...record, contradictedBy: { value: kind.value, time: 0 } });
      });
      return {
        beat: scenario.beats[at(layout.beat)]?.id ?? scenario.start,
        ending: ending < 0 ? null : scenario.endings[ending]!.id,
        time: at(layout.time),
        meters: Object.fromEntries(scenario.meters.map((meter, index) => [meter.id, at(layout.meters[index]!)])),
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
      };
    },
  };
}
