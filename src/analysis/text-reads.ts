/**
 * For each text that follows the play (a headline, body, feedback, consequence or epilogue with `when`
 * variants): what its variants read, and which flags can differ between the teams that see it.
 * A flag that can differ there but that no variant reads is one to read the texts against: a
 * letter that scolds a team for what only some teams did (see scenario-writing.md).
 */
import { isSet } from '../engine/layout';
import { injectsByBeat } from '../scenario/text-conditions';
import type { Expr, Inject, Scenario, TextCase } from '../scenario/types';
import type { Where } from '../scenario/where';
import type { StateGraph } from './explore';
import type { StateGroups } from './groups';

export interface ConditionalTextReport {
  /**
   * Where the text is (an inject's headline or body, a choice's feedback or consequence, an ending's
   * epilogue); `analysisToJson` writes it as its English label (`inject pipc_letter body`).
   */
  readonly where: Where;
  /** The variants' conditions, in order (the fallback follows them). */
  readonly variants: readonly string[];
  /** Flags the variants read. */
  readonly flags: readonly string[];
  /** Everything else they read: meters, facts, `time`, `chose(...)`, `met(...)`... */
  readonly reads: readonly string[];
  /**
   * Flags that are true for some teams and false for others where the text can be shown (the
   * states at its beat or ending; for feedback and consequences, the states the choice leads to; for injects of
   * triggers, deadlines and the facilitator, every state); null when the analysis is partial.
   */
  readonly flagsThatVary: readonly string[] | null;
}

function collect(expr: Expr, flags: Set<string>, reads: Set<string>): void {
  switch (expr.kind) {
    case 'ref':
      (expr.of === 'flag' ? flags : reads).add(expr.id);
      return;
    case 'time':
      reads.add('time');
      return;
    case 'call':
      reads.add(`${expr.fn}(${expr.id})`);
      return;
    case 'not':
      collect(expr.operand, flags, reads);
      return;
    case 'and':
    case 'or':
    case 'cmp':
      collect(expr.left, flags, reads);
      collect(expr.right, flags, reads);
      return;
    default:
      return;
  }
}

/** Where each conditional text sits and which states can show it (a state filter over the graph). */
interface Site {
  readonly where: Where;
  readonly cases: readonly TextCase[];
  /** States where it can be shown, or 'all'. */
  readonly states: (groups: StateGroups, graph: StateGraph) => ArrayLike<number> | 'all';
}

function sites(scenario: Scenario): Site[] {
  const found: Site[] = [];
  const inject = (inject: Inject, states: Site['states']): void => {
    if (inject.headlineCases) found.push({ where: { kind: 'inject', id: inject.id, field: 'headline' }, cases: inject.headlineCases, states });
    if (inject.bodyCases) found.push({ where: { kind: 'inject', id: inject.id, field: 'body' }, cases: inject.bodyCases, states });
  };
  const all = (): 'all' => 'all';
  const injects = injectsByBeat(scenario);
  scenario.beats.forEach((beat, index) => {
    for (const item of injects.atBeat[index] ?? []) inject(item, (groups) => groups.atBeat[index]!);
    for (const choice of beat.decision?.choices ?? []) {
      const after: Site['states'] = (_groups, graph) => choiceTargets(graph, choice.id);
      if (choice.consequenceCases) found.push({ where: { kind: 'choice', id: choice.id, field: 'consequence' }, cases: choice.consequenceCases, states: after });
      if (choice.feedbackCases) found.push({ where: { kind: 'choice', id: choice.id, field: 'feedback' }, cases: choice.feedbackCases, states: after });
    }
  });
  // Injects of triggers, deadlines and the facilitator can come in any state.
  for (const item of injects.anytime) inject(item, all);
  scenario.endings.forEach((ending, index) => {
    if (ending.epilogueCases) found.push({ where: { kind: 'ending', id: ending.id, field: 'epilogue' }, cases: ending.epilogueCases, states: (groups) => groups.atEnding[index]! });
  });
  return found;
}

/** The states a choice's edges lead to. */
function choiceTargets(graph: StateGraph, id: string): number[] {
  const choice = graph.choiceIds.indexOf(id);
  const targets: number[] = [];
  for (let edge = 0; edge < graph.edgeChoice.length; edge++) if (graph.edgeChoice[edge] === choice) targets.push(graph.edgeTarget[edge]!);
  return targets;
}

/** The flags true in some and false in other of `states`. */
function varyingFlags(graph: StateGraph, states: ArrayLike<number> | 'all'): string[] {
  const { layout, data, scenario } = graph;
  const count = states === 'all' ? graph.count : states.length;
  return scenario.flags.flatMap((flag, index) => {
    const bit = layout.flags[index]!;
    let seenTrue = false;
    let seenFalse = false;
    for (let at = 0; at < count && !(seenTrue && seenFalse); at++) {
      const state = states === 'all' ? at : states[at]!;
      if (isSet(data, state * layout.keyWidth, bit)) seenTrue = true;
      else seenFalse = true;
    }
    return seenTrue && seenFalse ? [flag.id] : [];
  });
}

/** Every conditional text of the scenario with what it reads and, when the analysis is whole, which flags vary where it is shown. */
export function conditionalTexts(scenario: Scenario, explored: { graph: StateGraph; groups: StateGroups } | null): ConditionalTextReport[] {
  return sites(scenario).map((site) => {
    const flags = new Set<string>();
    const reads = new Set<string>();
    for (const item of site.cases) collect(item.when.expr, flags, reads);
    return {
      where: site.where,
      variants: site.cases.map((item) => item.when.source),
      flags: [...flags],
      reads: [...reads],
      flagsThatVary: explored ? varyingFlags(explored.graph, site.states(explored.groups, explored.graph)) : null,
    };
  });
}
