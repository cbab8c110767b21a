/**
 * The packed state: the Store over one Float64Array laid out by layout.ts. A step writes into the
 * array in place; the caller copies a state in first when it wants to keep it. No history is kept
 * beyond what the layout holds and no notices are collected, which is what lets the exhaustive
 * analysis step a state in a fraction of a microsecond.
 */
import type { Compiled } from './compiled';
import { isSet, setBit, type Layout } from './layout';
import { RUNNING, type ContradictClaim, type Store } from './store';

export class PackedStore implements Store {
  readonly notices = null;
  /** The state being stepped; swap in another array of `layout.width` to step that one. */
  s: Float64Array;
  /**
   * When set, every beat entered is marked here (by index), including beats passed through on a
   * trigger's goto: the analysis's record of what was reached, kept outside the states.
   */
  entered: Uint8Array | null = null;

  constructor(
    private readonly compiled: Compiled,
    readonly layout: Layout,
    s?: Float64Array,
  ) {
    this.s = s ?? new Float64Array(layout.width);
  }

  beat(): number {
    return this.s[this.layout.beat]!;
  }
  setBeat(beat: number): void {
    this.s[this.layout.beat] = beat;
  }
  ending(): number {
    return this.s[this.layout.ending]!;
  }
  setEnding(ending: number): void {
    this.s[this.layout.ending] = ending;
  }
  time(): number {
    return this.s[this.layout.time]!;
  }
  setTime(time: number): void {
    this.s[this.layout.time] = time;
  }
  meter(meter: number): number {
    return this.s[this.layout.meters[meter]!]!;
  }
  setMeter(meter: number, value: number): void {
    this.s[this.layout.meters[meter]!] = value;
  }
  flag(flag: number): boolean {
    return isSet(this.s, 0, this.layout.flags[flag]!);
  }
  setFlag(flag: number, value: boolean): void {
    setBit(this.s, this.layout.flags[flag]!, value);
  }
  fact(fact: number): number {
    return this.s[this.layout.facts[fact]!]!;
  }
  setFact(fact: number, value: number): void {
    this.s[this.layout.facts[fact]!] = value;
  }
  deadline(deadline: number): number {
    return this.s[this.layout.deadlineStatus[deadline]!]!;
  }
  deadlineStart(deadline: number): number {
    return this.s[this.layout.deadlineStarted[deadline]!]!;
  }
  setDeadline(deadline: number, status: number, time: number): void {
    const { s, layout } = this;
    s[layout.deadlineStatus[deadline]!] = status;
    if (status === RUNNING) {
      s[layout.deadlineSince[deadline]!] = time;
      s[layout.deadlineStarted[deadline]!] = time;
    } else {
      s[layout.deadlineSince[deadline]!] = 0;
      s[layout.deadlineResolved[deadline]!] = time;
    }
  }
  fired(trigger: number): boolean {
    return isSet(this.s, 0, this.layout.fired[trigger]!);
  }
  fire(trigger: number): void {
    setBit(this.s, this.layout.fired[trigger]!, true);
  }
  chose(choice: number): boolean {
    const bit = this.layout.chose[choice];
    return bit ? isSet(this.s, 0, bit) : false;
  }
  recordChoice(choice: number): void {
    const bit = this.layout.chose[choice];
    if (bit) setBit(this.s, bit, true);
  }
  visits(beat: number): number {
    const at = this.layout.visits[beat]!;
    return at < 0 ? 0 : this.s[at]!;
  }
  visit(beat: number): void {
    const at = this.layout.visits[beat]!;
    if (at >= 0) this.s[at]!++;
    if (this.entered) this.entered[beat] = 1;
  }
  addClaim(kind: number): void {
    this.s[this.layout.claimsOpen[kind]!]!++;
  }
  contradictClaims(fact: number, _revised: number, contradicted: (claimed: number) => boolean, report: ContradictClaim): void {
    const { s, layout } = this;
    const kinds = this.compiled.claimKinds;
    for (let kind = 0; kind < kinds.length; kind++) {
      const claim = kinds[kind]!;
      const open = s[layout.claimsOpen[kind]!]!;
      if (claim.fact !== fact || open === 0 || !contradicted(claim.value)) continue;
      s[layout.claimsOpen[kind]!] = 0;
      s[layout.claimsContradicted[kind]!]! += open;
      s[layout.contradicted]! += open;
      report(claim.value, claim.confidence, null, open);
    }
  }
  rng(): readonly number[] {
    const { s, layout } = this;
    return Array.from(s.subarray(layout.rng, layout.rng + layout.rngLength));
  }
  setRng(rng: readonly number[]): void {
    this.s.set(rng, this.layout.rng);
  }
}

