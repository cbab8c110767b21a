import { changeMeter, evaluate } from '../engine/index';
import type { MeterChange } from '../scenario/types';
import type { StateGraph } from './explore';

/** A condition that never or always held where the rules checked it. */
export interface ConditionFinding {
  readonly verdict: 'never-true' | 'always-true';
  readonly where: string;
  readonly source: string;
  /** How many distinct states it was checked in. */
  readonly checked: number;
}

/** A meter change in a choice that changed nothing every time the choice was taken. */
export interface ClampedEffect {
  readonly choice: string;
  readonly meter: string;
  readonly change: string;
  /** The values the meter had when the choice was taken (at most a few). */
  readonly values: readonly number[];
  readonly taken: number;
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** The minimum and maximum of each meter over the given states. */
export function meterRanges(graph: StateGraph, states: readonly number[]): Record<string, Range> | null {
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  for (const state of states) {
    const meters = graph.states[state]!.meters;
    for (const meter of graph.scenario.meters) {
      const value = meters[meter.id] ?? meter.start;
      if (!low.has(meter.id) || value < low.get(meter.id)!) low.set(meter.id, value);
      if (!high.has(meter.id) || value > high.get(meter.id)!) high.set(meter.id, value);
    }
  }
  if (low.size === 0) return null;
  return Object.fromEntries(graph.scenario.meters.map((meter) => [meter.id, { min: low.get(meter.id)!, max: high.get(meter.id)! }]));
}

const describeChange = (change: MeterChange): string =>
  change.op === 'add' ? `${change.amount >= 0 ? '+' : ''}${change.amount}` : change.op === 'fair' ? `%${change.percent >= 0 ? '+' : '-'}${Math.abs(change.percent)}` : `=${change.value}`;

/** Choice effects that never moved their meter, because it always sat at the bound they push against. */
export function clampedEffects(graph: StateGraph): ClampedEffect[] {
  const { scenario } = graph;
  const choices = new Map(scenario.beats.flatMap((beat) => beat.decision?.choices.map((choice) => [choice.id, choice] as const) ?? []));
  const meters = new Map(scenario.meters.map((meter) => [meter.id, meter]));
  const seen = new Map<string, { taken: number; changed: boolean; values: Set<number> }>();
  for (let state = 0; state < graph.expanded; state++) {
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const index = graph.edgeChoice[edge]!;
      if (index < 0) continue;
      const choice = choices.get(graph.choiceIds[index]!)!;
      const values = { ...graph.states[state]!.meters };
      choice.outcome.meters.forEach((change, at) => {
        const meter = meters.get(change.meter);
        if (!meter || (change.op === 'add' && change.amount === 0) || (change.op === 'fair' && change.percent === 0)) return;
        const from = values[change.meter] ?? meter.start;
        const to = changeMeter(meter, from, change);
        values[change.meter] = to;
        const key = `${choice.id}#${at}`;
        const record = seen.get(key) ?? { taken: 0, changed: false, values: new Set<number>() };
        record.taken++;
        if (to !== from) record.changed = true;
        else if (record.values.size < 5) record.values.add(from);
        seen.set(key, record);
      });
    }
  }
  const found: ClampedEffect[] = [];
  for (const [key, record] of seen) {
    if (record.changed) continue;
    const [id, at] = key.split('#') as [string, string];
    const change = choices.get(id)!.outcome.meters[Number(at)]!;
    found.push({ choice: id, meter: change.meter, change: describeChange(change), values: [...record.values].sort((a, b) => a - b), taken: record.taken });
  }
  return found;
}

/**
 * Conditions that never or always held where checked: choice `if`s at their beat, ending `when`s
 * when the endings were resolved (in order), rubric `when`s at the end, deadline conditions, and
 * trigger `when`s that never held.
 */
export function conditionFindings(graph: StateGraph): ConditionFinding[] {
  const { scenario } = graph;
  const found: ConditionFinding[] = [];
  const verdict = (where: string, source: string, checked: number, held: number): void => {
    if (checked === 0) return;
    if (held === 0) found.push({ verdict: 'never-true', where, source, checked });
    else if (held === checked) found.push({ verdict: 'always-true', where, source, checked });
  };
  const atBeat = new Map<string, number[]>();
  for (let state = 0; state < graph.expanded; state++) {
    const here = graph.states[state]!;
    if (here.ending !== null) continue;
    const list = atBeat.get(here.beat);
    if (list) list.push(state);
    else atBeat.set(here.beat, [state]);
  }
  for (const beat of scenario.beats) {
    const states = atBeat.get(beat.id) ?? [];
    for (const choice of beat.decision?.choices ?? []) {
      if (!choice.condition) continue;
      const index = graph.choiceIds.indexOf(choice.id);
      let held = 0;
      for (const state of states) {
        for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
          if (graph.edgeChoice[edge] === index) {
            held++;
            break;
          }
        }
      }
      verdict(`choice ${choice.id} (if)`, choice.condition.source, states.length, held);
    }
  }
  const ends = graph.states.filter((state) => state.ending !== null);
  const endingIndex = new Map(scenario.endings.map((ending, index) => [ending.id, index]));
  scenario.endings.forEach((ending, index) => {
    if (!ending.when) return;
    const checked = ends.filter((state) => endingIndex.get(state.ending!)! >= index);
    verdict(`ending ${ending.id} (when)`, ending.when.source, checked.length, checked.filter((state) => state.ending === ending.id).length);
  });
  for (const objective of scenario.rubric) {
    objective.evidence.forEach((item, index) => {
      if (item.kind !== 'when') return;
      const held = ends.filter((state) => evaluate(item.condition.expr, state) === true).length;
      verdict(`rubric ${objective.id} evidence ${index + 1} (when)`, item.condition.source, ends.length, held);
    });
  }
  for (const trigger of scenario.triggers) {
    if (!graph.states.some((state) => state.fired.includes(trigger.id))) verdict(`trigger ${trigger.id} (when)`, trigger.when.source, graph.states.length, 0);
  }
  for (const deadline of scenario.deadlines) {
    const statuses = new Set(graph.states.map((state) => state.deadlines[deadline.id]?.status ?? 'idle'));
    if (statuses.size === 1 && statuses.has('idle')) verdict(`deadline ${deadline.id} (starts_when)`, deadline.startsWhen.source, graph.states.length, 0);
    else if (!statuses.has('met')) verdict(`deadline ${deadline.id} (met_when)`, deadline.metWhen.source, graph.states.length, 0);
  }
  return found;
}
