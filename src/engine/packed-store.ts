/**
 * The packed state: the Store over one Float64Array laid out by layout.ts. A step writes into the
 * array in place; the caller copies a state in first when it wants to keep it. No history is kept
 * beyond what the layout holds and no notices are collected, which is what lets the exhaustive
 * analysis step a state in a fraction of a microsecond.
 */
import type { Compiled } from './compiled';
import { isSet, readField, setBit, writeField, type Layout } from './layout';
import { claimShape, figureContradicted } from './claims';
import { RUNNING, type Contradicted, type Store } from './store';

export class PackedStore implements Store {
  readonly notices = null;
  /** The array the state is in, and where in it: point these elsewhere to read or step another state. */
  s: Float64Array;
  o = 0;
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
    return readField(this.s, this.o, this.layout.beat);
  }
  setBeat(beat: number): void {
    writeField(this.s, this.o, this.layout.beat, beat);
  }
  ending(): number {
    return readField(this.s, this.o, this.layout.ending);
  }
  setEnding(ending: number): void {
    writeField(this.s, this.o, this.layout.ending, ending);
  }
  time(): number {
    return readField(this.s, this.o, this.layout.time);
  }
  setTime(time: number): void {
    writeField(this.s, this.o, this.layout.time, time);
  }
  meter(meter: number): number {
    return readField(this.s, this.o, this.layout.meters[meter]!);
  }
  setMeter(meter: number, value: number): void {
    writeField(this.s, this.o, this.layout.meters[meter]!, value);
  }
  flag(flag: number): boolean {
    return isSet(this.s, this.o, this.layout.flags[flag]!);
  }
  setFlag(flag: number, value: boolean): void {
    setBit(this.s, this.o, this.layout.flags[flag]!, value);
  }
  fact(fact: number): number {
    return this.s[this.o + this.layout.facts[fact]!]!;
  }
  setFact(fact: number, value: number): void {
    this.s[this.o + this.layout.facts[fact]!] = value;
  }
  deadline(deadline: number): number {
    return readField(this.s, this.o, this.layout.deadlineStatus[deadline]!);
  }
  /** Read while the clock runs, so from the key's copy of its start: a state of key slots alone steps alike. */
  deadlineStart(deadline: number): number {
    return readField(this.s, this.o, this.layout.deadlineSince[deadline]!);
  }
  setDeadline(deadline: number, status: number, time: number): void {
    const { s, o, layout } = this;
    writeField(s, o, layout.deadlineStatus[deadline]!, status);
    if (status === RUNNING) {
      writeField(s, o, layout.deadlineSince[deadline]!, time);
      s[o + layout.deadlineStarted[deadline]!] = time;
    } else {
      writeField(s, o, layout.deadlineSince[deadline]!, 0);
      s[o + layout.deadlineResolved[deadline]!] = time;
    }
  }
  cap(meter: number): number {
    const field = this.layout.caps[meter];
    const code = field ? readField(this.s, this.o, field) : 0;
    return code === 0 ? Infinity : this.layout.capValues[meter]![code - 1]!;
  }
  floor(meter: number): number {
    const field = this.layout.floors[meter];
    const code = field ? readField(this.s, this.o, field) : 0;
    return code === 0 ? -Infinity : this.layout.floorValues[meter]![code - 1]!;
  }
  setCap(meter: number, value: number): void {
    writeField(this.s, this.o, this.layout.caps[meter]!, this.layout.capValues[meter]!.indexOf(value) + 1);
  }
  setFloor(meter: number, value: number): void {
    writeField(this.s, this.o, this.layout.floors[meter]!, this.layout.floorValues[meter]!.indexOf(value) + 1);
  }
  fired(trigger: number): boolean {
    return isSet(this.s, this.o, this.layout.fired[trigger]!);
  }
  fire(trigger: number): void {
    setBit(this.s, this.o, this.layout.fired[trigger]!, true);
  }
  chose(choice: number): boolean {
    const bit = this.layout.chose[choice];
    return bit ? isSet(this.s, this.o, bit) : false;
  }
  recordChoice(choice: number): void {
    const bit = this.layout.chose[choice];
    if (bit) setBit(this.s, this.o, bit, true);
  }
  visits(beat: number): number {
    const field = this.layout.visits[beat]!;
    return field ? readField(this.s, this.o, field) : 0;
  }
  visit(beat: number): void {
    const field = this.layout.visits[beat]!;
    if (field) writeField(this.s, this.o, field, readField(this.s, this.o, field) + 1);
    if (this.entered) this.entered[beat] = 1;
  }
  addClaim(kind: number): void {
    const field = this.layout.claimsOpen[kind]!;
    writeField(this.s, this.o, field, readField(this.s, this.o, field) + 1);
  }
  contradictClaims(fact: number, revised: number, tolerance: number): Contradicted[] | null {
    const { s, o, layout } = this;
    const kinds = this.compiled.claimKinds;
    let found: Contradicted[] | null = null;
    for (let kind = 0; kind < kinds.length; kind++) {
      const claim = kinds[kind]!;
      const openField = layout.claimsOpen[kind]!;
      const open = readField(s, o, openField);
      if (claim.fact !== fact || open === 0 || !figureContradicted(claim, revised, tolerance)) continue;
      writeField(s, o, openField, 0);
      const contradicted = layout.claimsContradicted[kind]!;
      writeField(s, o, contradicted, readField(s, o, contradicted) + open);
      (found ??= []).push({ claimed: claim.value, confidence: claim.confidence, choice: null, count: open, ...claimShape(claim) });
    }
    return found;
  }
  rng(): readonly number[] {
    const { s, o, layout } = this;
    return Array.from(s.subarray(o + layout.rng, o + layout.rng + layout.rngLength));
  }
  setRng(rng: readonly number[]): void {
    this.s.set(rng, this.o + this.layout.rng);
  }
  returnTo(): number {
    const field = this.layout.returnTo;
    return field ? readField(this.s, this.o, field) : -1;
  }
  setReturnTo(beat: number): void {
    const field = this.layout.returnTo;
    if (field) writeField(this.s, this.o, field, beat);
    else if (beat >= 0) throw new RangeError('packed state: this scenario has no detour to open');
  }
}

