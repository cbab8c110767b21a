import { isSet, readField } from '../engine/layout';
import type { StateGraph } from './explore';
import type { Range } from './findings';

/** The explored states by where they stand, with each meter's range in each group. */
export interface StateGroups {
  /** States still playing, by beat (index), in discovery order. */
  readonly atBeat: readonly Int32Array[];
  /** Finished states, by ending (index), in discovery order. */
  readonly atEnding: readonly Int32Array[];
  /** Each meter's minimum and maximum over a beat's states, or null when none is there. */
  beatRanges(beat: number): Record<string, Range> | null;
  endingRanges(ending: number): Record<string, Range> | null;
  /** Whether some state has checked the trigger (by index): its condition held there once. */
  readonly fired: readonly boolean[];
}

/**
 * Groups the states by beat and by ending, takes each meter's range per group and notes which
 * triggers were ever checked, in one pass over the states: the reports share it.
 */
export function groupStates(graph: StateGraph): StateGroups {
  const { scenario, data, layout } = graph;
  const meters = layout.meters;
  const beats = scenario.beats.length;
  const groups = beats + scenario.endings.length;
  // Each state's group (beats first, then endings), each group's size, and per group each meter's
  // lowest and highest value; then the states laid out by group in one array.
  const groupOf = new Int32Array(graph.count);
  // Every state's words of trigger bits, or-ed together.
  const firedSlots = [...new Set(layout.fired.map((bit) => bit.slot))];
  const firedWords = new Float64Array(layout.keyWidth);
  const size = new Int32Array(groups + 1);
  const low = new Float64Array(groups * meters.length).fill(Infinity);
  const high = new Float64Array(low.length).fill(-Infinity);
  for (let state = 0; state < graph.count; state++) {
    const base = state * layout.keyWidth;
    const ending = readField(data, base, layout.ending);
    const group = ending < 0 ? readField(data, base, layout.beat) : beats + ending;
    groupOf[state] = group;
    for (const slot of firedSlots) firedWords[slot] = firedWords[slot]! | data[base + slot]!;
    size[group + 1]!++;
    const at = group * meters.length;
    for (let meter = 0; meter < meters.length; meter++) {
      const value = readField(data, base, meters[meter]!);
      if (value < low[at + meter]!) low[at + meter] = value;
      if (value > high[at + meter]!) high[at + meter] = value;
    }
  }
  for (let group = 0; group < groups; group++) size[group + 1]! += size[group]!;
  const members = new Int32Array(graph.count);
  const fill = size.slice(0, groups);
  for (let state = 0; state < graph.count; state++) members[fill[groupOf[state]!]!++] = state;
  const ofGroup = (group: number): Int32Array => members.subarray(size[group]!, size[group + 1]!);
  const atBeat = scenario.beats.map((_beat, beat) => ofGroup(beat));
  const atEnding = scenario.endings.map((_ending, ending) => ofGroup(beats + ending));
  const ranges = (group: number, states: Int32Array): Record<string, Range> | null =>
    states.length === 0 ? null : Object.fromEntries(scenario.meters.map((meter, index) => [meter.id, { min: low[group * meters.length + index]!, max: high[group * meters.length + index]! }]));
  return {
    atBeat,
    atEnding,
    beatRanges: (beat) => ranges(beat, atBeat[beat]!),
    endingRanges: (ending) => ranges(beats + ending, atEnding[ending]!),
    fired: layout.fired.map((bit) => isSet(firedWords, 0, bit)),
  };
}
