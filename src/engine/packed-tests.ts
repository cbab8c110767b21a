/**
 * The conditions of a scenario for packed states: the same compiler as every other state's
 * (conditions.ts), with leaves that read the state's array directly. A packed step checks every
 * trigger and clock condition twice; going through the Store's methods and the layout's tables at
 * every leaf was a third of that time.
 */
import { conditionTest, type Compiled as CompiledExpr, type Readers, type StoreTest } from './conditions';
import { testsOf, type Compiled, type Indices, type Tests } from './compiled';
import type { Bit, Field, Layout } from './layout';
import type { PackedStore } from './packed-store';
import { DEFICIENT, MET, MISSED } from './store';
import type { Condition, Expr } from '../scenario/types';

const never = (): boolean => false;
const zero = (): number => 0;
const always = (): boolean => true;

/** A reader of one field, with its slot, shift, mask and unit fixed (see layout.ts's readField). */
function fieldReader(field: Field): (state: PackedStore) => number {
  const { slot, shift, mask, min, unit } = field;
  if (mask === 0) return (state) => state.s[state.o + slot]!;
  if (unit !== 1) return (state) => (((state.s[state.o + slot]! >>> shift) & mask) + min) * unit;
  return (state) => ((state.s[state.o + slot]! >>> shift) & mask) + min;
}

function bitReader(bit: Bit | null | undefined): (state: PackedStore) => boolean {
  if (!bit) return never;
  const { slot, mask } = bit;
  return (state) => (state.s[state.o + slot]! & mask) !== 0;
}

function packedReaders(compiled: Indices, layout: Layout): Readers<PackedStore> {
  const at = (map: ReadonlyMap<string, number>, id: string): number => map.get(id) ?? -1;
  // Where each kind of name sits in the state (null: a name the scenario lacks, or not kept).
  const meterField = (id: string): Field | null => layout.meters[at(compiled.meterIndex, id)] ?? null;
  const visitsField = (id: string): Field | null => layout.visits[at(compiled.beatIndex, id)] ?? null;
  const flagBit = (id: string): Bit | null => layout.flags[at(compiled.flagIndex, id)] ?? null;
  const choseBit = (id: string): Bit | null => layout.chose[at(compiled.choiceIndex, id)] ?? null;
  const firedBit = (id: string): Bit | null => layout.fired[at(compiled.triggerIndex, id)] ?? null;
  const status = (id: string, code: number): ((state: PackedStore) => boolean) => {
    const deadline = at(compiled.deadlineIndex, id);
    if (deadline < 0) return never;
    const read = fieldReader(layout.deadlineStatus[deadline]!);
    return (state) => read(state) === code;
  };
  /** The field a numeric leaf reads, or null (a literal, a fact, or a name the scenario lacks). */
  const fieldOf = (leaf: Expr): Field | null => {
    if (leaf.kind === 'time') return layout.time;
    if (leaf.kind === 'ref' && leaf.of === 'meter') return meterField(leaf.id);
    if (leaf.kind === 'call' && leaf.fn === 'visits') return visitsField(leaf.id);
    return null;
  };
  /** The bit a yes/no leaf reads, or null. */
  const bitOf = (leaf: Expr): Bit | null => {
    if (leaf.kind === 'ref' && leaf.of === 'flag') return flagBit(leaf.id);
    if (leaf.kind === 'call' && leaf.fn === 'chose') return choseBit(leaf.id);
    if (leaf.kind === 'call' && leaf.fn === 'fired') return firedBit(leaf.id);
    return null;
  };
  const orZero = (field: Field | null): ((state: PackedStore) => number) => (field ? fieldReader(field) : zero);
  return {
    compare: (leaf, op, k) => {
      const field = fieldOf(leaf);
      // A field with a whole slot keeps the general path: its value is any number.
      if (!field || field.mask === 0) return null;
      const { slot, shift, mask } = field;
      // Compared in stored units: `(stored + min) * unit op k` is `stored op k / unit - min`,
      // and scaling by the unit, a power of two, is exact.
      const bound = k / field.unit - field.min;
      switch (op) {
        case '==':
          return (state) => ((state.s[state.o + slot]! >>> shift) & mask) === bound;
        case '!=':
          return (state) => ((state.s[state.o + slot]! >>> shift) & mask) !== bound;
        case '<':
          return (state) => ((state.s[state.o + slot]! >>> shift) & mask) < bound;
        case '<=':
          return (state) => ((state.s[state.o + slot]! >>> shift) & mask) <= bound;
        case '>':
          return (state) => ((state.s[state.o + slot]! >>> shift) & mask) > bound;
        case '>=':
          return (state) => ((state.s[state.o + slot]! >>> shift) & mask) >= bound;
      }
    },
    negate: (leaf) => {
      const bit = bitOf(leaf);
      if (!bit) return null;
      const { slot, mask } = bit;
      return (state) => (state.s[state.o + slot]! & mask) === 0;
    },
    time: fieldReader(layout.time),
    meter: (id) => orZero(meterField(id)),
    flag: (id) => bitReader(flagBit(id)),
    fact: (id) => {
      const fact = at(compiled.factIndex, id);
      if (fact < 0) return zero;
      const slot = layout.facts[fact]!;
      return (state) => state.s[state.o + slot]!;
    },
    visits: (id) => orZero(visitsField(id)),
    chose: (id) => bitReader(choseBit(id)),
    met: (id) => status(id, MET),
    missed: (id) => status(id, MISSED),
    deficient: (id) => status(id, DEFICIENT),
    fired: (id) => bitReader(firedBit(id)),
  };
}

/** Compiles conditions of a scenario (any of them: the rubric's too) for its packed states. */
export function packedTest(compiled: Indices, layout: Layout): (condition: Condition | undefined) => StoreTest<PackedStore> {
  const readers = packedReaders(compiled, layout);
  const cache = new WeakMap<Expr, CompiledExpr<PackedStore>>();
  return (condition) => (condition === undefined ? always : conditionTest(condition.expr, readers, cache));
}

/** Every condition of a scenario's rules, for its packed states. */
export function packedTests(compiled: Compiled, layout: Layout): Tests<PackedStore> {
  return testsOf(compiled.scenario, compiled.choiceList, packedTest(compiled, layout));
}
