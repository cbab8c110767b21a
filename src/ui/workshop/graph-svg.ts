/**
 * Draws the beat graph as SVG, laid out by dagre (layered, with crossings minimised and edge labels
 * placed as part of the layout so they do not overlap). Built with createElementNS and textContent
 * only; nothing is fetched.
 */
import { graphlib, layout } from '@dagrejs/dagre';
import type { BeatGraph } from '../../analysis/index';
import { t, translator } from '../lang/ui-language';
import { toneText } from '../../i18n/tone-words';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 190;
const HEIGHT = 46;
/** Above this many edges the labels would crowd the drawing: they become tooltips only. */
const MAX_VISIBLE_LABELS = 60;
const LABEL_CHARS = 28;
/** Approximate width of a label character at the label's font size. */
const CHAR_WIDTH = 6.6;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

const clip = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

interface MergedEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly labels: string[];
  reachable: boolean | null;
}

/** Parallel edges (two choices to the same beat) are drawn once, with both labels. */
function mergeEdges(graph: BeatGraph): MergedEdge[] {
  const merged = new Map<string, MergedEdge>();
  for (const edge of graph.edges) {
    const key = `${edge.from}>${edge.to}>${edge.kind}`;
    const known = merged.get(key);
    if (!known) merged.set(key, { from: edge.from, to: edge.to, kind: edge.kind, labels: [edge.label], reachable: edge.reachable });
    else {
      known.labels.push(edge.label);
      if (edge.reachable !== false) known.reachable = edge.reachable;
    }
  }
  return [...merged.values()];
}

interface Placed {
  readonly nodes: Map<string, { x: number; y: number }>;
  readonly edges: Map<MergedEdge, { points: { x: number; y: number }[]; label: { x: number; y: number } | null }>;
  readonly width: number;
  readonly height: number;
}

function place(graph: BeatGraph, edges: readonly MergedEdge[], showLabels: boolean): Placed {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 48, edgesep: 14, marginx: 12, marginy: 12 });
  for (const node of graph.nodes) g.setNode(node.key, { width: WIDTH, height: HEIGHT });
  edges.forEach((edge, i) => {
    if (!g.hasNode(edge.from) || !g.hasNode(edge.to)) return;
    const text = showLabels && edge.kind !== 'continue' ? clip(edge.labels.join(', '), LABEL_CHARS) : '';
    g.setEdge(edge.from, edge.to, text ? { width: text.length * CHAR_WIDTH, height: 14, labelpos: 'c' } : {}, String(i));
  });
  layout(g);
  const nodes = new Map<string, { x: number; y: number }>();
  for (const node of graph.nodes) {
    const at = g.node(node.key);
    nodes.set(node.key, { x: (at.x ?? 0) - WIDTH / 2, y: (at.y ?? 0) - HEIGHT / 2 });
  }
  const placed = new Map<MergedEdge, { points: { x: number; y: number }[]; label: { x: number; y: number } | null }>();
  edges.forEach((edge, i) => {
    const at = g.hasNode(edge.from) && g.hasNode(edge.to) ? g.edge(edge.from, edge.to, String(i)) : undefined;
    if (!at?.points) return;
    placed.set(edge, { points: at.points, label: at.width && at.x !== undefined && at.y !== undefined ? { x: at.x, y: at.y } : null });
  });
  const size = g.graph();
  return { nodes, edges: placed, width: Math.ceil(size.width ?? WIDTH), height: Math.ceil(size.height ?? HEIGHT) };
}

/** A smooth path through dagre's bend points. */
function curve(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i]!;
    const after = rest[i + 1];
    if (after && i < rest.length - 1) d += ` Q${p.x},${p.y} ${(p.x + after.x) / 2},${(p.y + after.y) / 2}`;
    else d += ` L${p.x},${p.y}`;
  }
  return d;
}

export interface GraphView {
  readonly svg: SVGSVGElement;
}

/** An edge's tooltip: its choices, and whether any playthrough takes it. */
function edgeTitle(label: string, unreachable: boolean): string {
  return unreachable ? t('workshop.graph.edgeUnreachable', { label }) : label;
}

/** Renders the graph; `onBeat` is called when a beat node is activated (click, Enter or Space). */
export function renderGraph(graph: BeatGraph, title: string, onBeat: (beat: string) => void): GraphView {
  const edges = mergeEdges(graph);
  const showLabels = edges.length <= MAX_VISIBLE_LABELS;
  const placed = place(graph, edges, showLabels);
  const at = placed.nodes;
  const { width, height } = placed;

  const svg = el('svg', { class: 'ws-graph', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': title });
  svg.append(
    el('defs', {}, el('marker', { id: 'ws-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'ws-arrow-head' }))),
  );
  svg.append(
    el('desc', { id: 'ws-beat-hint' }, t('workshop.graph.beatHint')),
    el('desc', { id: 'ws-start-hint' }, t('workshop.graph.startHint')),
    el('desc', { id: 'ws-unreachable-hint' }, t('workshop.graph.unreachableHint')),
  );
  const edgeLayer = el('g', { class: 'ws-edges' });
  for (const edge of edges) {
    const route = placed.edges.get(edge);
    if (!route) continue;
    const label = edge.labels.join(', ');
    const classes = ['ws-edge', `ws-edge-${edge.kind}`, edge.reachable === false ? 'ws-unreachable' : ''].join(' ');
    edgeLayer.append(el('path', { d: curve(route.points), class: classes, 'marker-end': 'url(#ws-arrow)' }, el('title', {}, edgeTitle(edge.kind === 'continue' ? t('workshop.graph.continue') : label, edge.reachable === false))));
    if (route.label) {
      edgeLayer.append(el('text', { x: route.label.x, y: route.label.y + 4, 'text-anchor': 'middle', class: `ws-edge-label${edge.reachable === false ? ' ws-unreachable' : ''}` }, clip(label, LABEL_CHARS)));
    }
  }
  svg.append(edgeLayer);
  for (const node of graph.nodes) {
    const pos = at.get(node.key)!;
    const unreachable = node.reachable === false;
    const kind = node.kind === 'ending' ? t('workshop.graph.ending') : node.kind === 'beat' ? t('workshop.graph.beat') : t('workshop.graph.step');
    const marks = [node.start ? t('workshop.graph.start') : '', unreachable ? t('workshop.graph.unreachable') : ''].filter(Boolean);
    const name = [t('workshop.graph.node', { kind, label: node.label, id: node.id }), ...marks].join(', ');
    const group = el('g', { class: `ws-node ws-node-${node.kind}${unreachable ? ' ws-unreachable' : ''}${node.start ? ' ws-start' : ''}`, transform: `translate(${pos.x},${pos.y})` });
    group.append(
      el('rect', { width: WIDTH, height: HEIGHT, rx: node.kind === 'ending' ? 22 : 6 }),
      el('text', { x: WIDTH / 2, y: 19, 'text-anchor': 'middle', class: 'ws-node-title' }, clip(node.label, 28)),
      el('text', { x: WIDTH / 2, y: 36, 'text-anchor': 'middle', class: 'ws-node-id' }, clip(node.kind === 'ending' ? `${node.id} · ${node.tone === undefined ? '' : toneText(node.tone, translator())}` : node.id, 30)),
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
