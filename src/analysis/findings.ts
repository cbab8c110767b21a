import { changeMeter, IDLE, MET } from '../engine/index';
import { packedTest } from '../engine/packed-tests';
import { readField, type Field } from '../engine/layout';
import type { Condition, Meter, MeterChange } from '../scenario/types';
import { readsPushed, type PushedOnly } from './pushed';
import type { Where } from '../scenario/where';
import type { StateGraph } from './explore';
import type { StateGroups } from './groups';

/** A condition that never or always held where the rules checked it. */
export interface ConditionFinding {
  readonly verdict: 'never-true' | 'always-true';
  /** The condition's place; `analysisToJson` writes it as its English label (`choice hidden (if)`). */
  readonly where: Where;
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

const describeChange = (change: MeterChange): string =>
  change.op === 'add' ? `${change.amount >= 0 ? '+' : ''}${change.amount}` : change.op === 'fair' ? `%${change.percent >= 0 ? '+' : '-'}${Math.abs(change.percent)}` : `=${change.value}`;

/** Choice effects that never moved their meter, because it always sat at the bound they push against. */
export function clampedEffects(graph: StateGraph): ClampedEffect[] {
  const { scenario } = graph;
  const meters = new Map(scenario.meters.map((meter, index) => [meter.id, { meter, index, field: graph.layout.meters[index]! }]));
  const choiceById = new Map(scenario.beats.flatMap((beat) => beat.decision?.choices.map((choice) => [choice.id, choice] as const) ?? []));
  /** What was seen of one change of one choice, over every edge that takes the choice. */
  interface Seen {
    readonly change: MeterChange;
    readonly meter: Meter;
    /** The meter's index, and where a state holds it. */
    readonly index: number;
    readonly field: Field;
    taken: number;
    changed: boolean;
    readonly values: Set<number>;
  }
  // Per choice (by its index in graph.choiceIds), the meter changes that can move something.
  const changesOf: Seen[][] = graph.choiceIds.map((id) =>
    (choiceById.get(id)?.outcome.meters ?? []).flatMap((change) => {
      const found = meters.get(change.meter);
      const inert = (change.op === 'add' && change.amount === 0) || (change.op === 'fair' && change.percent === 0);
      return found && !inert ? [{ change, meter: found.meter, index: found.index, field: found.field, taken: 0, changed: false, values: new Set<number>() }] : [];
    }),
  );
  const { data, layout } = graph;
  // Where a meter stands partway through a choice's changes (a second change to one meter starts
  // where the first left it): by meter, valid while `stamp` matches.
  const moved = new Float64Array(scenario.meters.length);
  const stamp = new Int32Array(scenario.meters.length);
  let edgeStamp = 0;
  // A choice whose every change has moved its meter somewhere can report nothing: its edges are
  // skipped from then on (the counts are reported only for changes that never moved anything).
  const settled = new Uint8Array(changesOf.length);
  for (let state = 0; state < graph.expanded; state++) {
    const base = state * layout.keyWidth;
    for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
      const index = graph.edgeChoice[edge]!;
      if (index < 0 || settled[index]) continue;
      edgeStamp++;
      const records = changesOf[index]!;
      let moving = true;
      for (const record of records) {
        const { index: meter } = record;
        const from = stamp[meter] === edgeStamp ? moved[meter]! : readField(data, base, record.field);
        const to = changeMeter(record.meter, from, record.change);
        moved[meter] = to;
        stamp[meter] = edgeStamp;
        record.taken++;
        if (to !== from) record.changed = true;
        else if (record.values.size < 5) record.values.add(from);
        moving &&= record.changed;
      }
      if (moving) settled[index] = 1;
    }
  }
  const found: ClampedEffect[] = [];
  graph.choiceIds.forEach((id, index) => {
    for (const record of changesOf[index]!) {
      if (record.changed || record.taken === 0) continue;
      const { change } = record;
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
export function conditionFindings(graph: StateGraph, groups: StateGroups, pushed: PushedOnly): ConditionFinding[] {
  const { scenario } = graph;
  const found: ConditionFinding[] = [];
  const verdict = (where: Where, condition: Condition, checked: number, held: number): void => {
    if (checked === 0 || readsPushed(condition.expr, pushed)) return;
    const { source } = condition;
    if (held === 0) found.push({ verdict: 'never-true', where, source, checked });
    else if (held === checked) found.push({ verdict: 'always-true', where, source, checked });
  };
  const { atBeat } = groups;
  scenario.beats.forEach((beat, beatIndex) => {
    const states = atBeat[beatIndex]!;
    for (const choice of beat.decision?.choices ?? []) {
      if (!choice.condition) continue;
      const index = graph.choiceIds.indexOf(choice.id);
      let held = 0;
      for (let at = 0; at < states.length; at++) {
        const state = states[at]!;
        for (let edge = graph.edgeStart[state]!; edge < graph.edgeStart[state + 1]!; edge++) {
          if (graph.edgeChoice[edge] === index) {
            held++;
            break;
          }
        }
      }
      verdict({ kind: 'choice', id: choice.id, field: 'if' }, choice.condition, states.length, held);
    }
  });
  const { atEnding } = groups;
  let ends = 0;
  for (const states of atEnding) ends += states.length;
  // Endings are tried in order: an ending's `when` was checked wherever no earlier one held.
  let later = ends;
  scenario.endings.forEach((ending, index) => {
    const here = atEnding[index]!.length;
    if (ending.when) verdict({ kind: 'ending', id: ending.id, field: 'when' }, ending.when, later, here);
    later -= here;
  });
  const { layout, data } = graph;
  const test = packedTest(graph.rules.compiled, layout);
  const rubricTests = scenario.rubric.flatMap((objective) =>
    objective.evidence.flatMap((item, index) =>
      item.kind === 'when' ? [{ where: { kind: 'rubric', id: objective.id, evidence: index + 1, field: 'when' } as const, condition: item.condition, holds: test(item.condition), held: 0 }] : [],
    ),
  );
  if (rubricTests.length > 0) {
    // Conditions read only key slots, so they are tested where the states are stored.
    const view = graph.rules.store();
    view.s = data;
    for (const states of atEnding) {
      for (let at = 0; at < states.length; at++) {
        view.o = states[at]! * layout.keyWidth;
        for (const rubric of rubricTests) if (rubric.holds(view)) rubric.held++;
      }
    }
  }
  for (const rubric of rubricTests) verdict(rubric.where, rubric.condition, ends, rubric.held);
  scenario.triggers.forEach((trigger, index) => {
    if (!groups.fired[index]) verdict({ kind: 'trigger', id: trigger.id, field: 'when' }, trigger.when, graph.count, 0);
  });
  scenario.deadlines.forEach((deadline, index) => {
    const status = layout.deadlineStatus[index]!;
    let started = false;
    let met = false;
    for (let state = 0; state < graph.count && !met; state++) {
      const now = readField(data, state * layout.keyWidth, status);
      if (now !== IDLE) started = true;
      if (now === MET) met = true;
    }
    if (!started) verdict({ kind: 'deadline', id: deadline.id, field: 'starts_when' }, deadline.startsWhen, graph.count, 0);
    else if (!met) verdict({ kind: 'deadline', id: deadline.id, field: 'met_when' }, deadline.metWhen, graph.count, 0);
  });
  return found;
}
