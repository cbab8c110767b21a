/**
 * Draws the beat graph as SVG, laid out in layers by distance from the start. Built with
 * createElementNS and textContent only; nothing is fetched, no library is loaded.
 */
import type { BeatGraph, GraphNode } from '../../analysis/index';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 190;
const HEIGHT = 46;
const GAP_X = 28;
const GAP_Y = 64;
/** Above this many edges the labels would overlap: they become tooltips only. */
const MAX_VISIBLE_LABELS = 36;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

const clip = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** Layer of each node: its distance from the start over the graph's edges; unreached nodes last. */
function layers(graph: BeatGraph): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const edge of graph.edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge.to]);
  const layer = new Map<string, number>();
  const starts = graph.nodes.filter((n) => n.start || n.kind === 'resolve' && n.key.startsWith('trigger:'));
  const queue = starts.map((n) => n.key);
  for (const key of queue) layer.set(key, 0);
  for (const key of queue) {
    for (const next of out.get(key) ?? []) {
      if (layer.has(next)) continue;
      layer.set(next, layer.get(key)! + 1);
      queue.push(next);
    }
  }
  const deepest = Math.max(0, ...layer.values());
  for (const node of graph.nodes) if (!layer.has(node.key)) layer.set(node.key, node.kind === 'ending' ? deepest + 1 : deepest + 1);
  // Endings sit together at the bottom.
  const bottom = Math.max(...graph.nodes.filter((n) => n.kind !== 'ending').map((n) => layer.get(n.key)!), 0) + 1;
  for (const node of graph.nodes) if (node.kind === 'ending') layer.set(node.key, bottom);
  return layer;
}

export interface GraphView {
  readonly svg: SVGSVGElement;
}

/** Renders the graph; `onBeat` is called when a beat node is activated (click, Enter or Space). */
export function renderGraph(graph: BeatGraph, title: string, onBeat: (beat: string) => void): GraphView {
  const layer = layers(graph);
  const rows = new Map<number, GraphNode[]>();
  for (const node of graph.nodes) rows.set(layer.get(node.key)!, [...(rows.get(layer.get(node.key)!) ?? []), node]);
  const widest = Math.max(1, ...[...rows.values()].map((row) => row.length));
  const width = widest * (WIDTH + GAP_X) + GAP_X;
  const height = (Math.max(...rows.keys(), 0) + 1) * (HEIGHT + GAP_Y) + GAP_Y / 2;
  const at = new Map<string, { x: number; y: number }>();
  for (const [row, nodes] of rows) {
    const offset = (width - nodes.length * (WIDTH + GAP_X) + GAP_X) / 2;
    nodes.forEach((node, index) => at.set(node.key, { x: offset + index * (WIDTH + GAP_X), y: GAP_Y / 2 + row * (HEIGHT + GAP_Y) }));
  }

  const svg = el('svg', { class: 'ws-graph', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': title });
  svg.append(
    el('defs', {}, el('marker', { id: 'ws-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'ws-arrow-head' }))),
  );
  svg.append(
    el('desc', { id: 'ws-beat-hint' }, 'Activate to play from this beat.'),
    el('desc', { id: 'ws-start-hint' }, 'The start beat.'),
    el('desc', { id: 'ws-unreachable-hint' }, 'Unreachable: no playthrough gets here.'),
  );
  // Parallel edges (two choices to the same beat) are drawn once, with both labels.
  const merged = new Map<string, { from: string; to: string; kind: string; labels: string[]; reachable: boolean | null }>();
  for (const edge of graph.edges) {
    const key = `${edge.from}>${edge.to}>${edge.kind}`;
    const known = merged.get(key);
    if (!known) merged.set(key, { from: edge.from, to: edge.to, kind: edge.kind, labels: [edge.label], reachable: edge.reachable });
    else {
      known.labels.push(edge.label);
      if (edge.reachable !== false) known.reachable = edge.reachable;
    }
  }
  const edges = [...merged.values()].map((edge) => ({ ...edge, label: edge.labels.join(', ') }));
  const showLabels = edges.length <= MAX_VISIBLE_LABELS;
  const edgeLayer = el('g', { class: 'ws-edges' });
  for (const edge of edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    const x1 = from.x + WIDTH / 2;
    const y1 = from.y + HEIGHT;
    const x2 = to.x + WIDTH / 2;
    const y2 = to.y;
    const back = y2 <= y1;
    const d = back
      ? `M${x1},${y1} C${x1 + 120},${y1 + 60} ${x2 + 120},${y2 - 60} ${x2},${y2}`
      : `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}`;
    const classes = ['ws-edge', `ws-edge-${edge.kind}`, edge.reachable === false ? 'ws-unreachable' : ''].join(' ');
    const path = el('path', { d, class: classes, 'marker-end': 'url(#ws-arrow)' }, el('title', {}, `${edge.kind === 'continue' ? 'Continue' : edge.label}${edge.reachable === false ? ' (unreachable)' : ''}`));
    edgeLayer.append(path);
    if (showLabels && edge.kind !== 'continue') {
      edgeLayer.append(el('text', { x: (x1 + x2) / 2 + 4, y: (y1 + y2) / 2, class: `ws-edge-label${edge.reachable === false ? ' ws-unreachable' : ''}` }, clip(edge.label, 40)));
    }
  }
  svg.append(edgeLayer);
  for (const node of graph.nodes) {
    const pos = at.get(node.key)!;
    const unreachable = node.reachable === false;
    const name = `${node.kind === 'ending' ? 'Ending' : node.kind === 'beat' ? 'Beat' : 'Step'} ${node.label} (${node.id})${node.start ? ', start' : ''}${unreachable ? ', unreachable' : ''}`;
    const group = el('g', { class: `ws-node ws-node-${node.kind}${unreachable ? ' ws-unreachable' : ''}${node.start ? ' ws-start' : ''}`, transform: `translate(${pos.x},${pos.y})` });
    group.append(
      el('rect', { width: WIDTH, height: HEIGHT, rx: node.kind === 'ending' ? 22 : 6 }),
      el('text', { x: WIDTH / 2, y: 19, 'text-anchor': 'middle', class: 'ws-node-title' }, clip(node.label, 28)),
      el('text', { x: WIDTH / 2, y: 36, 'text-anchor': 'middle', class: 'ws-node-id' }, clip(node.kind === 'ending' ? `${node.id} · ${node.tone ?? ''}` : node.id, 30)),
    );
    if (node.kind === 'beat') {
      // Named by its visible text (WCAG 2.5.3, label in name); what it does is in the description.
      group.setAttribute('tabindex', '0');
      group.setAttribute('role', 'button');
      group.setAttribute('aria-describedby', `ws-beat-hint${node.start ? ' ws-start-hint' : ''}${unreachable ? ' ws-unreachable-hint' : ''}`);
      group.addEventListener('click', () => onBeat(node.id));
      group.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onBeat(node.id);
        }
      });
    } else {
      group.append(el('title', {}, name));
      group.setAttribute('role', 'img');
      group.setAttribute('aria-label', name);
    }
    svg.append(group);
  }
  return { svg };
}
