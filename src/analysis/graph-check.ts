import type { BeatGraph } from './beat-graph';

/**
 * What would make a drawn beat graph wrong rather than merely incomplete: an edge to or from a
 * node that is not drawn (last round's `resolve` that did not exist), a beat no edge leaves, or an
 * ending no edge reaches though nothing says it is unreachable. Empty when the graph is sound.
 */
export function graphProblems(graph: BeatGraph): string[] {
  const keys = new Set(graph.nodes.map((node) => node.key));
  const problems: string[] = [];
  for (const edge of graph.edges) {
    if (!keys.has(edge.from)) problems.push(`an edge '${edge.label}' starts at '${edge.from}', which is not drawn`);
    if (!keys.has(edge.to)) problems.push(`an edge '${edge.label}' leads to '${edge.to}', which is not drawn`);
  }
  const leaving = new Set(graph.edges.map((edge) => edge.from));
  const entering = new Set(graph.edges.map((edge) => edge.to));
  for (const node of graph.nodes) {
    if (node.kind === 'beat' && !leaving.has(node.key)) problems.push(`beat '${node.id}' has no edge out of it`);
    if (node.kind === 'ending' && node.reachable !== false && !entering.has(node.key))
      problems.push(`ending '${node.id}' has no edge into it`);
  }
  return problems;
}
