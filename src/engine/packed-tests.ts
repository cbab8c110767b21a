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
import { MET, MISSED } from './store';
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
  const status = (id: string, code: number): ((state: PackedStore) => boolean) => {
    const deadline = at(compiled.deadlineIndex, id);
    if (deadline < 0) return never;
    const read = fieldReader(layout.deadlineStatus[deadline]!);
    return (state) => read(state) === code;
  };
  /** The field a numeric leaf reads, or null (a literal, or a name the scenario lacks). */
  const fieldOf = (leaf: Expr): Field | null => {
    if (leaf.kind === 'time') return layout.time;
    if (leaf.kind === 'ref' && leaf.of === 'meter') return layout.meters[at(compiled.meterIndex, leaf.id)] ?? null;
    if (leaf.kind === 'call' && leaf.fn === 'visits') return layout.visits[at(compiled.beatIndex, leaf.id)] ?? null;
    return null;
  };
  /** The bit a yes/no leaf reads, or null. */
  const bitOf = (leaf: Expr): Bit | null => {
    if (leaf.kind === 'ref' && leaf.of === 'flag') return layout.flags[at(compiled.flagIndex, leaf.id)] ?? null;
    if (leaf.kind !== 'call') return null;
    if (leaf.fn === 'chose') return layout.chose[at(compiled.choiceIndex, leaf.id)] ?? null;
    if (leaf.fn === 'fired') return layout.fired[at(compiled.triggerIndex, leaf.id)] ?? null;
    return null;
  };
  return {
    compare: (leaf, op, k) => {
      const field = fieldOf(leaf);
      // A field with a whole slot (facts too) keeps the general path: its value is any number.
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
    meter: (id) => {
      const meter = at(compiled.meterIndex, id);
      return meter < 0 ? zero : fieldReader(layout.meters[meter]!);
    },
    flag: (id) => bitReader(layout.flags[at(compiled.flagIndex, id)]),
    fact: (id) => {
      const fact = at(compiled.factIndex, id);
      if (fact < 0) return zero;
      const slot = layout.facts[fact]!;
      return (state) => state.s[state.o + slot]!;
    },
    visits: (id) => {
      const beat = at(compiled.beatIndex, id);
      const field = beat < 0 ? null : layout.visits[beat]!;
      return field ? fieldReader(field) : zero;
    },
    chose: (id) => bitReader(layout.chose[at(compiled.choiceIndex, id)]),
    met: (id) => status(id, MET),
    missed: (id) => status(id, MISSED),
    fired: (id) => bitReader(layout.fired[at(compiled.triggerIndex, id)]),
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
