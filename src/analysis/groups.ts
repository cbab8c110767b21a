import { readField } from '../engine/index';
import type { StateGraph } from './explore';
import type { Range } from './findings';

/** The explored states by where they stand, with each meter's range in each group. */
export interface StateGroups {
  /** States still playing, by beat (index). */
  readonly atBeat: readonly (readonly number[])[];
  /** Finished states, by ending (index). */
  readonly atEnding: readonly (readonly number[])[];
  /** Each meter's minimum and maximum over a beat's states, or null when none is there. */
  beatRanges(beat: number): Record<string, Range> | null;
  endingRanges(ending: number): Record<string, Range> | null;
}

/**
 * Groups the states by beat and by ending, and takes each meter's range per group, in one pass
 * over the states: every report that reads states by beat or by ending shares it.
 */
export function groupStates(graph: StateGraph): StateGroups {
  const { scenario, data, layout } = graph;
  const meters = layout.meters;
  const beats = scenario.beats.length;
  const atBeat: number[][] = scenario.beats.map(() => []);
  const atEnding: number[][] = scenario.endings.map(() => []);
  // Per group (beats first, then endings), each meter's lowest and highest value.
  const low = new Float64Array((beats + scenario.endings.length) * meters.length).fill(Infinity);
  const high = new Float64Array(low.length).fill(-Infinity);
  for (let state = 0; state < graph.count; state++) {
    const base = state * layout.keyWidth;
    const ending = readField(data, base, layout.ending);
    let group: number;
    if (ending < 0) {
      group = readField(data, base, layout.beat);
      atBeat[group]!.push(state);
    } else {
      atEnding[ending]!.push(state);
      group = beats + ending;
    }
    const at = group * meters.length;
    for (let meter = 0; meter < meters.length; meter++) {
      const value = readField(data, base, meters[meter]!);
      if (value < low[at + meter]!) low[at + meter] = value;
      if (value > high[at + meter]!) high[at + meter] = value;
    }
  }
  const ranges = (group: number, states: readonly number[]): Record<string, Range> | null =>
    states.length === 0 ? null : Object.fromEntries(scenario.meters.map((meter, index) => [meter.id, { min: low[group * meters.length + index]!, max: high[group * meters.length + index]! }]));
  return {
    atBeat,
    atEnding,
    beatRanges: (beat) => ranges(beat, atBeat[beat]!),
    endingRanges: (ending) => ranges(beats + ending, atEnding[ending]!),
  };
}
