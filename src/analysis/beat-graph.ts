import { text } from '../scenario/text';
import { END, RETURN, type Choice, type Decision, type Ending, type Scenario } from '../scenario/types';
import type { Analysis } from './types';
import type { MessageKey, MessageValues, Translator } from '../i18n/index';

/**
 * The graph's own words: the translator's when given (the CLI's `--lang`), else this English, so
 * the workshop's worker draws it without loading a catalog. A test holds the two Englishes equal.
 */
export const GRAPH_ENGLISH = {
  resolve: 'end: endings checked in order',
  otherwise: 'otherwise',
  trigger: 'trigger {id}',
  push: 'push {id}',
  facilitator: 'facilitator',
  back: 'back to the interrupted beat',
  if: 'if {condition}',
  onTimeOut: 'on time out',
} as const;

type Say = (key: keyof typeof GRAPH_ENGLISH, values?: MessageValues) => string;

function sayer(tr: Translator | undefined): Say {
  if (tr) return (key, values) => tr.t(`analysis.graph.${key}` as MessageKey, values);
  return (key, values = {}) => GRAPH_ENGLISH[key].replace(/\{(\w+)\}/g, (_all, name: string) => String(values[name] ?? ''));
}

export interface GraphNode {
  /** Unique among nodes: `beat:<id>`, `ending:<id>`, or `resolve` (the `end` of choices). */
  readonly key: string;
  readonly kind: 'beat' | 'ending' | 'resolve';
  readonly id: string;
  readonly label: string;
  readonly start: boolean;
  /** Null when no complete analysis says. */
  readonly reachable: boolean | null;
  readonly tone?: Ending['tone'];
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'choice' | 'continue' | 'goto' | 'resolve';
  /** A choice id, a trigger id, or an ending condition. */
  readonly label: string;
  readonly reachable: boolean | null;
}

export interface BeatGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/**
 * The beat graph: beats and endings as nodes, choices (and Continues, and trigger `goto`s) as
 * edges. With a complete analysis, choices that end the exercise point at the endings they really
 * reach and every node and edge says whether it is reachable; without one, they point at a single
 * node that resolves the endings in order.
 */
export function beatGraph(scenario: Scenario, analysis?: Analysis | null, tr?: Translator): BeatGraph {
  const say = sayer(tr);
  const lang = tr?.lang;
  const exact = analysis?.complete ? analysis : null;
  const beatReach = new Map(exact?.beats.map((beat) => [beat.id, beat.reachable]));
  const choiceInfo = new Map(exact?.choices.map((choice) => [choice.id, choice]));
  const endingReach = new Map(exact?.endings.map((ending) => [ending.id, ending.reachable]));
  const triggerReach = new Map(exact?.triggers.map((trigger) => [trigger.id, trigger.reachable]));
  const known = <T>(map: Map<string, T>, id: string): T | null => (exact ? (map.get(id) ?? null) : null);

  const nodes: GraphNode[] = scenario.beats.map((beat) => ({
    key: `beat:${beat.id}`,
    kind: 'beat',
    id: beat.id,
    label: text(beat.title, lang),
    start: beat.id === scenario.start,
    // A detour is reached by a push, which the analysis does not explore: neither way is known.
    reachable: beat.detour ? null : known(beatReach, beat.id),
  }));
  const edges: GraphEdge[] = [];
  const endsSomewhere = scenario.beats.some((beat) => beat.decision?.choices.some((choice) => choice.next === END) || beat.next === END);
  // A Continue into `end` has no choice whose reached endings the analysis lists: it goes through
  // the resolve node even with a complete analysis, so the endings it leads to stay connected.
  const continuesToEnd = scenario.beats.filter((beat) => !beat.decision && beat.next === END);
  const resolves = exact ? continuesToEnd.length > 0 : endsSomewhere;
  if (resolves) {
    const reachable = exact ? continuesToEnd.some((beat) => known(beatReach, beat.id) === true) : null;
    nodes.push({ key: 'resolve', kind: 'resolve', id: END, label: say('resolve'), start: false, reachable });
  }
  for (const ending of scenario.endings) {
    nodes.push({ key: `ending:${ending.id}`, kind: 'ending', id: ending.id, label: text(ending.title, lang), start: false, reachable: known(endingReach, ending.id), tone: ending.tone });
    if (resolves) edges.push({ from: 'resolve', to: `ending:${ending.id}`, kind: 'resolve', label: ending.when?.source ?? say('otherwise'), reachable: exact ? known(endingReach, ending.id) : null });
  }
  for (const beat of scenario.beats) {
    const from = `beat:${beat.id}`;
    for (const choice of beat.decision?.choices ?? []) {
      const info = known(choiceInfo, choice.id);
      const label = choiceLabel(choice, beat.decision, say);
      if (choice.next === RETURN) edges.push({ from, to: `return:${beat.id}`, kind: 'choice', label, reachable: null });
      else if (choice.next !== END) edges.push({ from, to: `beat:${choice.next}`, kind: 'choice', label, reachable: info?.reachable ?? null });
      else if (!exact) edges.push({ from, to: 'resolve', kind: 'choice', label, reachable: null });
      else if (info && info.endings.length > 0) for (const ending of info.endings) edges.push({ from, to: `ending:${ending}`, kind: 'choice', label, reachable: true });
      else edges.push({ from, to: `ending:${scenario.endings.at(-1)?.id ?? END}`, kind: 'choice', label, reachable: false });
    }
    if (!beat.decision && beat.next !== undefined) {
      const to = beat.next === END ? 'resolve' : `beat:${beat.next}`;
      edges.push({ from, to, kind: 'continue', label: 'continue', reachable: known(beatReach, beat.id) });
    }
  }
  for (const trigger of scenario.triggers) {
    if (trigger.goto === undefined) continue;
    edges.push({ from: `trigger:${trigger.id}`, to: `beat:${trigger.goto}`, kind: 'goto', label: `${trigger.id}: ${trigger.when.source}`, reachable: known(triggerReach, trigger.id) });
  }
  // A goto can happen on entering any beat: draw it from a small trigger node instead of every beat.
  for (const trigger of scenario.triggers) {
    if (trigger.goto === undefined) continue;
    nodes.push({ key: `trigger:${trigger.id}`, kind: 'resolve', id: trigger.id, label: say('trigger', { id: trigger.id }), start: false, reachable: known(triggerReach, trigger.id) });
  }
  // A detour hangs off the push that opens it, and its choices go back to whichever beat it interrupted.
  for (const inject of scenario.optionalInjects) {
    if (inject.opens === undefined) continue;
    nodes.push({ key: `push:${inject.id}`, kind: 'resolve', id: inject.id, label: say('push', { id: inject.id }), start: false, reachable: null });
    edges.push({ from: `push:${inject.id}`, to: `beat:${inject.opens}`, kind: 'goto', label: say('facilitator'), reachable: null });
  }
  for (const beat of scenario.beats) {
    if (beat.detour) nodes.push({ key: `return:${beat.id}`, kind: 'resolve', id: beat.id, label: say('back'), start: false, reachable: null });
  }
  return { nodes, edges };
}

/** A choice's edge label: its id, when it is offered only sometimes, and whether time running out takes it. */
function choiceLabel(choice: Choice, decision: Decision | undefined, say: Say): string {
  const parts = [choice.id];
  if (choice.condition !== undefined) parts.push(say('if', { condition: choice.condition.source }));
  if (decision?.timeLimit !== undefined && decision.defaultChoice === choice.id) parts.push(say('onTimeOut'));
  return parts.length === 1 ? choice.id : `${choice.id} (${parts.slice(1).join('; ')})`;
}
