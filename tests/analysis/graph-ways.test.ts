import { describe, expect, it } from 'vitest';
import { analyze, beatGraph, graphProblems, toDot, toMermaid } from '../../src/analysis/index';
import type { BeatGraph } from '../../src/analysis/index';
import { loadFixture } from './load-fixture';

// Every way a beat can lead on (issue #19 item 6), each drawn in the workshop's graph model,
// Mermaid and DOT, with and without a complete analysis.
const scenario = loadFixture('every-ending-way');
const exact = analyze(scenario);
const edgesOf = (graph: BeatGraph): string[] =>
  graph.edges.map((e) => `${e.from} -> ${e.to} [${e.kind}: ${e.label}] ${String(e.reachable)}`);

interface Way {
  readonly way: string;
  /** The edge in the graph model, reachable unknown without an analysis and true with one. */
  readonly model: string;
  /** The edge with a complete analysis, where it leads somewhere else (straight to the ending). */
  readonly exactModel?: string;
  readonly mermaid: string;
  readonly dot: string;
}

const WAYS: readonly Way[] = [
  {
    way: 'a Continue to the next beat (next: <beat>)',
    model: 'beat:intro -> beat:pick [continue: continue]',
    mermaid: '  beat_intro --> beat_pick',
    dot: '  "beat:intro" -> "beat:pick";',
  },
  {
    way: 'a Continue that ends the exercise (next: end on a beat)',
    model: 'beat:aftermath -> resolve [continue: continue]',
    mermaid: '  beat_aftermath --> resolve',
    dot: '  "beat:aftermath" -> "resolve";',
  },
  {
    way: "a choice's own next to a beat (the timed decision's default, marked)",
    model: 'beat:pick -> beat:aftermath [choice: wait (on time out)]',
    mermaid: '  beat_pick -->|"wait (on time out)"| beat_aftermath',
    dot: '  "beat:pick" -> "beat:aftermath" [label="wait (on time out)"];',
  },
  {
    way: 'a choice offered only when its if holds',
    model: 'beat:pick -> beat:aftermath [choice: leak (if trust > 4)]',
    mermaid: '  beat_pick -->|"leak (if trust #gt; 4)"| beat_aftermath',
    dot: '  "beat:pick" -> "beat:aftermath" [label="leak (if trust > 4)"];',
  },
  {
    way: 'a choice that ends the exercise (next: end on a choice)',
    model: 'beat:pick -> resolve [choice: speak]',
    exactModel: 'beat:pick -> ending:praised [choice: speak]',
    mermaid: '  beat_pick -->|"speak"| ending_praised',
    dot: '  "beat:pick" -> "ending:praised" [label="speak"];',
  },
  {
    way: "a trigger's goto",
    model: 'trigger:called_in -> beat:hearing [goto: called_in: leaked]',
    mermaid: '  trigger_called_in -.->|"called_in: leaked"| beat_hearing',
    dot: '  "trigger:called_in" -> "beat:hearing" [label="called_in: leaked", style=dotted];',
  },
  {
    way: 'an ending condition, checked in order',
    model: 'resolve -> ending:hauled [resolve: visits(hearing) > 0]',
    mermaid: '  resolve -->|"visits(hearing) #gt; 0"| ending_hauled',
    dot: '  "resolve" -> "ending:hauled" [label="visits(hearing) > 0"];',
  },
  {
    way: 'the fallback ending (no when)',
    model: 'resolve -> ending:muddled [resolve: otherwise]',
    mermaid: '  resolve -->|"otherwise"| ending_muddled',
    dot: '  "resolve" -> "ending:muddled" [label="otherwise"];',
  },
];

describe('the beat graph draws every way a beat can lead on', () => {
  it.each(WAYS)('$way: in the workshop graph model', ({ model, exactModel }) => {
    expect(edgesOf(beatGraph(scenario))).toContain(`${model} null`);
    expect(edgesOf(beatGraph(scenario, exact))).toContain(`${exactModel ?? model} true`);
  });

  it.each(WAYS)('$way: in Mermaid', ({ mermaid }) => {
    expect(toMermaid(scenario, exact).split('\n')).toContain(mermaid);
  });

  it.each(WAYS)('$way: in DOT', ({ dot }) => {
    expect(toDot(scenario, exact).split('\n')).toContain(dot);
  });

  it('without an analysis, a choice that ends the exercise goes through the resolve node in Mermaid and DOT too', () => {
    expect(toMermaid(scenario).split('\n')).toContain('  beat_pick -->|"speak"| resolve');
    expect(toDot(scenario).split('\n')).toContain('  "beat:pick" -> "resolve" [label="speak"];');
  });

  it('finds nothing wrong in the graph of this fixture and of every shipped scenario', () => {
    expect(graphProblems(beatGraph(scenario))).toEqual([]);
    expect(graphProblems(beatGraph(scenario, exact))).toEqual([]);
    for (const name of ['continue-to-end', 'dead', 'diamond', 'loop', 'chance']) {
      const other = loadFixture(name);
      expect(graphProblems(beatGraph(other)), name).toEqual([]);
      expect(graphProblems(beatGraph(other, analyze(other))), name).toEqual([]);
    }
  });

  it('names an edge to a node that is not drawn, a beat with no way on, and an ending left unconnected', () => {
    const graph = beatGraph(scenario);
    // Last round's bug, rebuilt: the resolve node dropped while edges still lead to it.
    const broken: BeatGraph = {
      nodes: graph.nodes.filter((n) => n.key !== 'resolve'),
      edges: graph.edges.filter((e) => e.from !== 'resolve' && e.from !== 'beat:hearing'),
    };
    expect(graphProblems(broken).map((problem) => problem.text)).toEqual([
      "an edge 'speak' leads to 'resolve', which is not drawn",
      "an edge 'continue' leads to 'resolve', which is not drawn",
      "beat 'hearing' has no edge out of it",
      "ending 'praised' has no edge into it",
      "ending 'hauled' has no edge into it",
      "ending 'muddled' has no edge into it",
    ]);
  });
});
