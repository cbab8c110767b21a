import type { BeatGraph } from './beat-graph';

export type GraphProblemCode = 'edgeFromUndrawn' | 'edgeToUndrawn' | 'beatNoExit' | 'endingNoEntry';

/** A fault of a drawn graph: a code and the ids it names, with its English for logs and bug reports. */
export interface GraphProblem {
  readonly code: GraphProblemCode;
  readonly values: Readonly<Record<string, string>>;
  readonly text: string;
}

/**
 * What would make a drawn beat graph wrong rather than merely incomplete: an edge to or from a
 * node that is not drawn (last round's `resolve` that did not exist), a beat no edge leaves, or an
 * ending no edge reaches though nothing says it is unreachable. Empty when the graph is sound.
 */
export function graphProblems(graph: BeatGraph): GraphProblem[] {
  const keys = new Set(graph.nodes.map((node) => node.key));
  const problems: GraphProblem[] = [];
  for (const edge of graph.edges) {
    if (!keys.has(edge.from)) {
      problems.push({ code: 'edgeFromUndrawn', values: { edge: edge.label, node: edge.from }, text: `an edge '${edge.label}' starts at '${edge.from}', which is not drawn` });
    }
    if (!keys.has(edge.to)) {
      problems.push({ code: 'edgeToUndrawn', values: { edge: edge.label, node: edge.to }, text: `an edge '${edge.label}' leads to '${edge.to}', which is not drawn` });
    }
  }
  const leaving = new Set(graph.edges.map((edge) => edge.from));
  const entering = new Set(graph.edges.map((edge) => edge.to));
  for (const node of graph.nodes) {
    if (node.kind === 'beat' && !leaving.has(node.key)) problems.push({ code: 'beatNoExit', values: { beat: node.id }, text: `beat '${node.id}' has no edge out of it` });
    if (node.kind === 'ending' && node.reachable !== false && !entering.has(node.key)) {
      problems.push({ code: 'endingNoEntry', values: { ending: node.id }, text: `ending '${node.id}' has no edge into it` });
    }
  }
  return problems;
}
