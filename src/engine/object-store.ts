/**
 * The object draft: the Store over a `GameState`, for sessions, saves, replays and the debrief. A
 * step works on a draft: the previous state's records are shared until the first write, which
 * copies only that record. States are never mutated; a step that changes one meter allocates one
 * meters object, not a whole new world.
 */
import type { Compiled } from './compiled';
import { claimShape, figureContradicted } from './claims';
import { historiesOf, historyState, type History, type StateFields } from './history';
import { DEADLINE_CODES, DEADLINE_STATUSES, RUNNING, type Contradicted, type Store } from './store';
import type { ClaimRecord, GameState, Notice } from './types';

type RecordField = 'meters' | 'flags' | 'facts' | 'visits' | 'deadlines';
type LimitField = 'caps' | 'floors';

const BITS: Record<RecordField | LimitField, number> = {
  meters: 1,
  flags: 2,
  facts: 4,
  visits: 8,
  deadlines: 16,
  caps: 32,
  floors: 64,
};

/** The drafted state; its growing records are histories that states share (history.ts). */
type Fields = { -readonly [K in keyof StateFields]: StateFields[K] } & {
  chosen: History<string>;
  fired: History<string>;
  claims: History<ClaimRecord>;
};

export class ObjectDraft implements Store {
  /** The state being drafted; its records are the previous state's until copied. */
  private readonly d: Fields;
  /** Bit set of the records this draft already owns (copied); see BITS. */
  private owned = 0;
  readonly notices: Notice[] | null;

  constructor(
    private readonly compiled: Compiled,
    state: GameState,
    wantNotices: boolean,
  ) {
    const histories = historiesOf(state);
    // Spelled out rather than spread: one fixed object shape keeps property access monomorphic.
    this.d = {
      beat: state.beat,
      ending: state.ending,
      time: state.time,
      meters: state.meters,
      flags: state.flags,
      facts: state.facts,
      visits: state.visits,
      chosen: histories.chosen,
      deadlines: state.deadlines,
      fired: histories.fired,
      claims: histories.claims,
      rng: state.rng,
      caps: state.caps,
      floors: state.floors,
      returnTo: state.returnTo,
    };
    this.notices = wantNotices ? [] : null;
  }

  /** The state the draft has become; `caps` and `floors` only once a limit is in force. */
  state(): GameState {
    const d = this.d;
    return historyState(d, { chosen: d.chosen, fired: d.fired, claims: d.claims });
  }

  private own(field: RecordField | LimitField): boolean {
    const bit = BITS[field];
    if (this.owned & bit) return true;
    this.owned |= bit;
    return false;
  }

  /** The draft's own copy of a record, made on first write. */
  private writable<F extends RecordField>(field: F): Record<string, Fields[F][string]> {
    if (!this.own(field)) this.d[field] = { ...this.d[field] } as Fields[F];
    return this.d[field] as Record<string, Fields[F][string]>;
  }

  beat(): number {
    return this.compiled.beatIndex.get(this.d.beat) ?? -1;
  }
  setBeat(beat: number): void {
    this.d.beat = this.compiled.scenario.beats[beat]!.id;
  }
  ending(): number {
    return this.d.ending === null ? -1 : this.compiled.scenario.endings.findIndex((ending) => ending.id === this.d.ending);
  }
  setEnding(ending: number): void {
    this.d.ending = this.compiled.scenario.endings[ending]!.id;
  }
  time(): number {
    return this.d.time;
  }
  setTime(time: number): void {
    this.d.time = time;
  }
  meter(meter: number): number {
    const declared = this.compiled.scenario.meters[meter]!;
    return this.d.meters[declared.id] ?? declared.start;
  }
  setMeter(meter: number, value: number): void {
    this.writable('meters')[this.compiled.scenario.meters[meter]!.id] = value;
  }
  flag(flag: number): boolean {
    return this.d.flags[this.compiled.scenario.flags[flag]!.id] ?? false;
  }
  setFlag(flag: number, value: boolean): void {
    this.writable('flags')[this.compiled.scenario.flags[flag]!.id] = value;
  }
  fact(fact: number): number {
    return this.d.facts[this.compiled.scenario.facts[fact]!.id] ?? 0;
  }
  setFact(fact: number, value: number): void {
    this.writable('facts')[this.compiled.scenario.facts[fact]!.id] = value;
  }
  deadline(deadline: number): number {
    return DEADLINE_CODES[this.d.deadlines[this.compiled.deadlines[deadline]!.id]?.status ?? 'idle'];
  }
  deadlineStart(deadline: number): number {
    return this.d.deadlines[this.compiled.deadlines[deadline]!.id]?.startedAt ?? 0;
  }
  setDeadline(deadline: number, status: number, time: number): void {
    const id = this.compiled.deadlines[deadline]!.id;
    const clock = this.d.deadlines[id];
    this.writable('deadlines')[id] =
      status === RUNNING ? { status: 'running', startedAt: time } : { ...clock, status: DEADLINE_STATUSES[status]!, resolvedAt: time };
  }
  cap(meter: number): number {
    return this.d.caps?.[this.compiled.scenario.meters[meter]!.id] ?? Infinity;
  }
  floor(meter: number): number {
    return this.d.floors?.[this.compiled.scenario.meters[meter]!.id] ?? -Infinity;
  }
  setCap(meter: number, value: number): void {
    this.writableLimits('caps')[this.compiled.scenario.meters[meter]!.id] = value;
  }
  setFloor(meter: number, value: number): void {
    this.writableLimits('floors')[this.compiled.scenario.meters[meter]!.id] = value;
  }
  /** The draft's own copy of the caps or floors, made (or begun) on first write. */
  private writableLimits(field: LimitField): Record<string, number> {
    if (!this.own(field)) this.d[field] = { ...this.d[field] };
    return this.d[field] as Record<string, number>;
  }
  fired(trigger: number): boolean {
    return this.d.fired.has(this.compiled.triggers[trigger]!.id);
  }
  fire(trigger: number): void {
    this.d.fired = this.d.fired.append(this.compiled.triggers[trigger]!.id);
  }
  chose(choice: number): boolean {
    return this.d.chosen.has(this.compiled.choiceList[choice]!.id);
  }
  recordChoice(choice: number): void {
    this.d.chosen = this.d.chosen.append(this.compiled.choiceList[choice]!.id);
  }
  visits(beat: number): number {
    return this.d.visits[this.compiled.scenario.beats[beat]!.id] ?? 0;
  }
  visit(beat: number): void {
    if (!this.compiled.keptVisits[beat]) return;
    const visits = this.writable('visits');
    const id = this.compiled.scenario.beats[beat]!.id;
    visits[id] = (visits[id] ?? 0) + 1;
  }
  addClaim(kind: number, choice: number): void {
    const claim = this.compiled.claimKinds[kind]!;
    const { fact, value, confidence } = claim;
    const record = { fact: this.compiled.scenario.facts[fact]!.id, value, confidence, choice: this.compiled.choiceList[choice]!.id, beat: this.d.beat, time: this.d.time, ...claimShape(claim) };
    this.d.claims = this.d.claims.append(record);
  }
  contradictClaims(fact: number, revised: number, tolerance: number): Contradicted[] | null {
    const id = this.compiled.scenario.facts[fact]!.id;
    let found: Contradicted[] | null = null;
    let marked: Map<number, ClaimRecord> | null = null;
    const claims = this.d.claims;
    for (let index = 0; index < claims.length; index++) {
      const claim = claims.at(index)!;
      if (claim.fact !== id || claim.contradictedBy || !figureContradicted(claim, revised, tolerance)) continue;
      (marked ??= new Map()).set(index, { ...claim, contradictedBy: { value: revised, time: this.d.time } });
      (found ??= []).push({ claimed: claim.value, confidence: claim.confidence, choice: claim.choice, count: 1, ...claimShape(claim) });
    }
    if (marked !== null) this.d.claims = claims.replacing(marked);
    return found;
  }
  rng(): readonly number[] {
    return this.d.rng;
  }
  setRng(rng: readonly number[]): void {
    this.d.rng = rng;
  }
  returnTo(): number {
    return this.compiled.beatIndex.get(this.d.returnTo ?? '') ?? -1;
  }
  setReturnTo(beat: number): void {
    // -1 (no detour open) reads as no beat, so the field is left out of the state.
    this.d.returnTo = this.compiled.scenario.beats[beat]?.id;
  }
}
