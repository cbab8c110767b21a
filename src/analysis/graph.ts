import type { Scenario } from '../scenario/types';
import { beatGraph, type GraphNode } from './beat-graph';
import type { Analysis } from './types';
import type { Translator } from '../i18n/index';
import { toneText } from '../i18n/tone-words';

const mermaidId = (key: string): string => key.replace(/[^a-z0-9_]/g, '_');
const mermaidText = (value: string): string =>
  value.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\r?\n/g, ' ');

/** An ending's tone in the reader's language (the value itself without a translator). */
const tone = (node: GraphNode, tr?: Translator): string => (node.tone === undefined ? '' : tr ? toneText(node.tone, tr) : node.tone);

function mermaidNode(node: GraphNode, tr?: Translator): string {
  const id = mermaidId(node.key);
  if (node.kind === 'ending') return `  ${id}(["${mermaidText(`${node.label} (${node.id}, ${tone(node, tr)})`)}"])`;
  if (node.kind === 'resolve') return `  ${id}{{"${mermaidText(node.label)}"}}`;
  return `  ${id}["${mermaidText(`${node.label} (${node.id})`)}"]`;
}

/**
 * The beat graph as a Mermaid flowchart: beats as boxes, endings as stadiums, choices as labelled
 * arrows (Continues plain, trigger gotos dotted). With a complete analysis, unreachable beats,
 * endings and choices are drawn grey and dashed.
 */
export function toMermaid(scenario: Scenario, analysis?: Analysis | null, tr?: Translator): string {
  const graph = beatGraph(scenario, analysis, tr);
  const lines = ['flowchart TD'];
  for (const node of graph.nodes) lines.push(mermaidNode(node, tr));
  const unreachableEdges: number[] = [];
  graph.edges.forEach((edge, index) => {
    const arrow = edge.kind === 'goto' ? '-.->' : '-->';
    const label = edge.kind === 'continue' ? '' : `|"${mermaidText(edge.label)}"|`;
    lines.push(`  ${mermaidId(edge.from)} ${arrow}${label} ${mermaidId(edge.to)}`);
    if (edge.reachable === false) unreachableEdges.push(index);
  });
  lines.push('  classDef ending fill:#e8f1fb,stroke:#1f4e79,color:#0b2540');
  lines.push('  classDef start stroke-width:3px');
  lines.push('  classDef unreachable fill:#f2f2f2,stroke:#8a8a8a,stroke-dasharray:5 5,color:#555');
  const endings = graph.nodes.filter((node) => node.kind === 'ending').map((node) => mermaidId(node.key));
  if (endings.length > 0) lines.push(`  class ${endings.join(',')} ending`);
  const start = graph.nodes.find((node) => node.start);
  if (start) lines.push(`  class ${mermaidId(start.key)} start`);
  const unreachable = graph.nodes.filter((node) => node.reachable === false).map((node) => mermaidId(node.key));
  if (unreachable.length > 0) lines.push(`  class ${unreachable.join(',')} unreachable`);
  if (unreachableEdges.length > 0) lines.push(`  linkStyle ${unreachableEdges.join(',')} stroke:#8a8a8a,stroke-dasharray:4 4`);
  return `${lines.join('\n')}\n`;
}

/** A DOT string: backslashes and quotes escaped, newlines as DOT's own line breaks. */
const dotText = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;

/** The beat graph in Graphviz DOT, with the same marks as `toMermaid`. */
export function toDot(scenario: Scenario, analysis?: Analysis | null, tr?: Translator): string {
  const graph = beatGraph(scenario, analysis, tr);
  const lines = [`digraph ${dotText(scenario.meta.id)} {`, '  rankdir=TB;', '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const node of graph.nodes) {
    const attrs: string[] = [];
    const style: string[] = [];
    if (node.kind === 'ending') {
      attrs.push(`label=${dotText(`${node.label}\n(${node.id}, ${tone(node, tr)})`)}`, 'shape=doubleoctagon', 'fillcolor="#e8f1fb"');
      style.push('filled');
    }
    else if (node.kind === 'resolve') attrs.push(`label=${dotText(node.label)}`, 'shape=diamond');
    else attrs.push(`label=${dotText(`${node.label}\n(${node.id})`)}`);
    if (node.start) attrs.push('penwidth=3');
    if (node.reachable === false) {
      attrs.push('color=gray50', 'fontcolor=gray40');
      style.push('dashed');
    }
    if (style.length > 0) attrs.push(`style="${style.join(',')}"`);
    lines.push(`  ${dotText(node.key)} [${attrs.join(', ')}];`);
  }
  for (const edge of graph.edges) {
    const attrs: string[] = [];
    if (edge.kind !== 'continue') attrs.push(`label=${dotText(edge.label)}`);
    if (edge.kind === 'goto') attrs.push('style=dotted');
    if (edge.reachable === false) attrs.push('style=dashed', 'color=gray50', 'fontcolor=gray40');
    lines.push(`  ${dotText(edge.from)} -> ${dotText(edge.to)}${attrs.length > 0 ? ` [${attrs.join(', ')}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
