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
  if (states.length === 0) return null;
  const meters = graph.scenario.meters;
  const low = meters.map(() => Infinity);
  const high = meters.map(() => -Infinity);
  for (const state of states) {
    const values = graph.states[state]!.meters;
    for (let index = 0; index < meters.length; index++) {
      const meter = meters[index]!;
      const value = values[meter.id] ?? meter.start;
      if (value < low[index]!) low[index] = value;
      if (value > high[index]!) high[index] = value;
    }
  }
  return Object.fromEntries(meters.map((meter, index) => [meter.id, { min: low[index]!, max: high[index]! }]));
}

const describeChange = (change: MeterChange): string =>
  change.op === 'add' ? `${change.amount >= 0 ? '+' : ''}${change.amount}` : change.op === 'fair' ? `%${change.percent >= 0 ? '+' : '-'}${Math.abs(change.percent)}` : `=${change.value}`;

/** Choice effects that never moved their meter, because it always sat at the bound they push against. */
export function clampedEffects(graph: StateGraph): ClampedEffect[] {
  const { scenario } = graph;
  const meters = new Map(scenario.meters.map((meter) => [meter.id, meter]));
  const choiceById = new Map(scenario.beats.flatMap((beat) => beat.decision?.choices.map((choice) => [choice.id, choice] as const) ?? []));
  // Per choice (by its index in graph.choiceIds), the meter changes that can move something.
  const changesOf = graph.choiceIds.map((id) =>
    (choiceById.get(id)?.outcome.meters ?? []).flatMap((change, at) => {
      const meter = meters.get(change.meter);
      const inert = (change.op === 'add' && change.amount === 0) || (change.op === 'fair' && change.percent === 0);
      return meter && !inert ? [{ change, at, meter }] : [];
    }),
  );
  interface Seen {
    taken: number;
    changed: boolean;
    readonly values: Set<number>;
  }
  const seen = graph.choiceIds.map(() => new Map<number, Seen>());
  for (let state = 0; state < graph.expanded; state++) {
    const before = graph.states[state]!.meters;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const index = graph.edgeChoice[edge]!;
      if (index < 0) continue;
      const changes = changesOf[index]!;
      // Changes apply in order, so a second change to one meter starts where the first left it.
      let moved: Record<string, number> | null = null;
      for (const { change, at, meter } of changes) {
        const from = moved?.[change.meter] ?? before[change.meter] ?? meter.start;
        const to = changeMeter(meter, from, change);
        (moved ??= {})[change.meter] = to;
        const records = seen[index]!;
        let record = records.get(at);
        if (!record) records.set(at, (record = { taken: 0, changed: false, values: new Set<number>() }));
        record.taken++;
        if (to !== from) record.changed = true;
        else if (record.values.size < 5) record.values.add(from);
      }
    }
  }
  const found: ClampedEffect[] = [];
  graph.choiceIds.forEach((id, index) => {
    for (const [at, record] of seen[index]!) {
      if (record.changed) continue;
      const change = choiceById.get(id)!.outcome.meters[at]!;
      found.push({ choice: id, meter: change.meter, change: describeChange(change), values: [...record.values].sort((a, b) => a - b), taken: record.taken });
    }
  });
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
