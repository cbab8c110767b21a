/**
 * The meter chart as geometry: lines over in-game hours with numbered decision markers. The HTML
 * export turns it into an SVG string; the browser view builds the same SVG with DOM calls. Lines
 * differ by colour and by dash pattern, so the chart reads without colour too.
 */
import type { SeriesPoint } from './types';

export interface ChartLineInput {
  readonly id: string;
  readonly label: string;
  readonly points: readonly SeriesPoint[];
  readonly min: number;
  readonly max: number;
}

export interface ChartMarkerInput {
  readonly time: number;
  readonly label: string;
  readonly title: string;
}

export interface ChartLine {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly dash: string;
  /** SVG path data (a step line: values hold until they change). */
  readonly d: string;
}

export interface ChartModel {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly yTitle: string;
  /** What the vertical axis shows: the meters' own values (one shared range) or % of each range. */
  readonly yScale: 'value' | 'range';
  readonly lines: readonly ChartLine[];
  readonly markers: readonly {
    readonly x: number;
    readonly label: string;
    readonly title: string;
    readonly row: number;
  }[];
}

/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies, fine in print. */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

const r2 = (n: number): number => Math.round(n * 100) / 100;

export function buildChart(
  lines: readonly ChartLineInput[],
  markers: readonly ChartMarkerInput[],
  size = { width: 760, height: 300 },
): ChartModel {
  // Room under the axis for the tick labels, and for numbered decision markers when there are any.
  const below = markers.length > 0 ? 56 : 26;
  const plot = { x: 48, y: 16, w: size.width - 48 - 16, h: size.height - 16 - below };
  const lastTime = Math.max(
    1,
    ...lines.flatMap((l) => l.points.map((p) => p.time)),
    ...markers.map((m) => m.time),
  );
  // Meters with one shared range are drawn in their units; otherwise as a percentage of each range.
  const shared = lines.every((l) => l.min === lines[0]?.min && l.max === lines[0]?.max);
  const lo = shared ? (lines[0]?.min ?? 0) : 0;
  const hi = shared ? (lines[0]?.max ?? 100) : 100;
  const xOf = (t: number): number => r2(plot.x + (t / lastTime) * plot.w);
  const yOf = (v: number): number => r2(plot.y + plot.h - ((v - lo) / (hi - lo || 1)) * plot.h);
  const norm = (l: ChartLineInput, v: number): number =>
    shared ? v : ((v - l.min) / (l.max - l.min || 1)) * 100;

  const chartLines = lines.map((l, i) => {
    let d = '';
    let prevY: number | null = null;
    for (const p of l.points) {
      const x = xOf(p.time);
      const y = yOf(norm(l, p.value));
      d += prevY === null ? `M${x} ${y}` : ` H${x} V${y}`;
      prevY = y;
    }
    return {
      id: l.id,
      label: l.label,
      color: PALETTE[i % PALETTE.length] ?? '#000',
      dash: DASHES[i % DASHES.length] ?? '',
      d,
    };
  });

  const step = niceStep(lastTime / 8);
  const xTicks = [];
  for (let t = 0; t <= lastTime + 1e-9; t += step) xTicks.push({ x: xOf(t), label: `${r2(t)} h` });
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = lo + f * (hi - lo);
    return { y: yOf(v), label: String(Math.round(v)) };
  });
  // Markers close together go on separate rows so their numbers do not overlap.
  const placed: { x: number; label: string; title: string; row: number }[] = [];
  for (const m of markers) {
    const x = xOf(m.time);
    let row = 0;
    while (placed.some((p) => p.row === row && Math.abs(p.x - x) < 14)) row += 1;
    placed.push({ x, label: m.label, title: m.title, row });
  }
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks,
    yTicks,
    yTitle: shared ? 'value' : '% of range',
    yScale: shared ? 'value' : 'range',
    lines: chartLines,
    markers: placed,
  };
}

function niceStep(raw: number): number {
  for (const s of [1, 2, 3, 4, 6, 12, 24, 48, 72, 96, 168]) if (s >= raw) return s;
  return Math.ceil(raw / 168) * 168;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chart as a standalone SVG string; every label escaped. */
export function chartSvg(model: ChartModel, title: string, description: string): string {
  const { plot } = model;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}" width="100%" role="img" aria-labelledby="chart-title chart-desc" class="chart">`,
    `<title id="chart-title">${esc(title)}</title><desc id="chart-desc">${esc(description)}</desc>`,
  );
  for (const t of model.yTicks) {
    parts.push(
      `<line x1="${plot.x}" x2="${plot.x + plot.w}" y1="${t.y}" y2="${t.y}" stroke="#ccc" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${plot.x - 6}" y="${t.y + 4}" text-anchor="end" font-size="11" fill="#333">${esc(t.label)}</text>`,
    );
  }
  for (const t of model.xTicks) {
    parts.push(
      `<text x="${t.x}" y="${plot.y + plot.h + 16}" text-anchor="middle" font-size="11" fill="#333">${esc(t.label)}</text>`,
    );
  }
  for (const m of model.markers) {
    const y = plot.y + plot.h + 30 + m.row * 13;
    parts.push(
      `<g><title>${esc(m.title)}</title><line x1="${m.x}" x2="${m.x}" y1="${plot.y}" y2="${plot.y + plot.h}" stroke="#888" stroke-dasharray="2 3" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${m.x}" y="${y}" text-anchor="middle" font-size="10" font-weight="700" fill="#333">${esc(m.label)}</text></g>`,
    );
  }
  for (const l of model.lines) {
    const dash = l.dash ? ` stroke-dasharray="${l.dash}"` : '';
    parts.push(
      `<path d="${l.d}" fill="none" stroke="${l.color}" stroke-width="2.5"${dash}><title>${esc(l.label)}</title></path>`,
    );
  }
  parts.push(
    `<rect x="${plot.x}" y="${plot.y}" width="${plot.w}" height="${plot.h}" fill="none" stroke="#666" stroke-width="1"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
