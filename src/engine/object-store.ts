/**
 * The object draft: the Store over a `GameState`, for sessions, saves, replays and the debrief. A
 * step works on a draft: the previous state's records are shared until the first write, which
 * copies only that record. States are never mutated; a step that changes one meter allocates one
 * meters object, not a whole new world.
 */
import type { Compiled } from './compiled';
import { claimShape, figureContradicted } from './claims';
import { DEADLINE_CODES, DEADLINE_STATUSES, RUNNING, type Contradicted, type Store } from './store';
import type { GameState, Notice } from './types';

type RecordField = 'meters' | 'flags' | 'facts' | 'visits' | 'deadlines';
type LimitField = 'caps' | 'floors';
type ListField = 'chosen' | 'fired' | 'claims';

const BITS: Record<RecordField | ListField | LimitField, number> = {
  meters: 1,
  flags: 2,
  facts: 4,
  visits: 8,
  deadlines: 16,
  chosen: 32,
  fired: 64,
  claims: 128,
  caps: 256,
  floors: 512,
};


type Fields = { -readonly [K in keyof GameState]: GameState[K] };

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
    // Spelled out rather than spread: one fixed object shape keeps property access monomorphic.
    this.d = {
      beat: state.beat,
      ending: state.ending,
      time: state.time,
      meters: state.meters,
      flags: state.flags,
      facts: state.facts,
      visits: state.visits,
      chosen: state.chosen,
      deadlines: state.deadlines,
      fired: state.fired,
      claims: state.claims,
      rng: state.rng,
      caps: state.caps,
      floors: state.floors,
    };
    this.notices = wantNotices ? [] : null;
  }

  /** The state the draft has become; `caps` and `floors` only once a limit is in force. */
  state(): GameState {
    const d = this.d;
    // Spelled out, like the constructor: one shape for every state a step returns.
    const state: GameState = {
      beat: d.beat,
      ending: d.ending,
      time: d.time,
      meters: d.meters,
      flags: d.flags,
      facts: d.facts,
      visits: d.visits,
      chosen: d.chosen,
      deadlines: d.deadlines,
      fired: d.fired,
      claims: d.claims,
      rng: d.rng,
    };
    return d.caps === undefined && d.floors === undefined ? state : { ...state, ...(d.caps && { caps: d.caps }), ...(d.floors && { floors: d.floors }) };
  }

  private own(field: RecordField | ListField | LimitField): boolean {
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

  /** The draft's own copy of a list, made on first write. */
  private writableList<F extends ListField>(field: F): Fields[F][number][] {
    if (!this.own(field)) this.d[field] = [...this.d[field]] as Fields[F];
    return this.d[field] as Fields[F][number][];
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
    return this.d.fired.includes(this.compiled.triggers[trigger]!.id);
  }
  fire(trigger: number): void {
    this.writableList('fired').push(this.compiled.triggers[trigger]!.id);
  }
  chose(choice: number): boolean {
    return this.d.chosen.includes(this.compiled.choiceList[choice]!.id);
  }
  recordChoice(choice: number): void {
    this.writableList('chosen').push(this.compiled.choiceList[choice]!.id);
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
    this.writableList('claims').push(record);
  }
  contradictClaims(fact: number, revised: number, tolerance: number): Contradicted[] | null {
    const id = this.compiled.scenario.facts[fact]!.id;
    let found: Contradicted[] | null = null;
    for (let index = 0; index < this.d.claims.length; index++) {
      const claim = this.d.claims[index]!;
      if (claim.fact !== id || claim.contradictedBy || !figureContradicted(claim, revised, tolerance)) continue;
      this.writableList('claims')[index] = { ...claim, contradictedBy: { value: revised, time: this.d.time } };
      (found ??= []).push({ claimed: claim.value, confidence: claim.confidence, choice: claim.choice, count: 1, ...claimShape(claim) });
    }
    return found;
  }
  rng(): readonly number[] {
    return this.d.rng;
  }
  setRng(rng: readonly number[]): void {
    this.d.rng = rng;
  }
}
