/**
 * The meter chart in the page: the debrief's chart geometry drawn as SVG with DOM calls (no
 * markup strings), a legend, and the same data as a table for screen readers and print.
 */
import type { ChartModel } from '../../debrief/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

let ids = 0;

/** The chart as an SVG element; `title` and `description` name it for assistive technology. */
export function chartElement(model: ChartModel, title: string, description: string): SVGSVGElement {
  const id = `crd-chart-${++ids}`;
  const { plot } = model;
  const root = svg('svg', {
    viewBox: `0 0 ${model.width} ${model.height}`,
    role: 'img',
    'aria-labelledby': `${id}-t ${id}-d`,
    class: 'crd-chart',
    preserveAspectRatio: 'xMidYMid meet',
  });
  root.append(svg('title', { id: `${id}-t` }, title), svg('desc', { id: `${id}-d` }, description));
  for (const t of model.yTicks) {
    root.append(
      svg('line', { x1: plot.x, x2: plot.x + plot.w, y1: t.y, y2: t.y, class: 'crd-chart__grid' }),
    );
    root.append(
      svg(
        'text',
        { x: plot.x - 6, y: t.y + 4, 'text-anchor': 'end', class: 'crd-chart__tick' },
        t.label,
      ),
    );
  }
  for (const t of model.xTicks)
    root.append(
      svg(
        'text',
        { x: t.x, y: plot.y + plot.h + 16, 'text-anchor': 'middle', class: 'crd-chart__tick' },
        t.label,
      ),
    );
  for (const m of model.markers) {
    const g = svg('g', { class: 'crd-chart__marker' }, svg('title', {}, m.title));
    g.append(svg('line', { x1: m.x, x2: m.x, y1: plot.y, y2: plot.y + plot.h }));
    g.append(
      svg(
        'text',
        { x: m.x, y: plot.y + plot.h + 30 + m.row * 13, 'text-anchor': 'middle' },
        m.label,
      ),
    );
    root.append(g);
  }
  for (const l of model.lines) {
    const path = svg(
      'path',
      { d: l.d, fill: 'none', stroke: l.color, 'stroke-width': 2.5, class: 'crd-chart__line' },
      svg('title', {}, l.label),
    );
    if (l.dash) path.setAttribute('stroke-dasharray', l.dash);
    root.append(path);
  }
  root.append(
    svg('rect', {
      x: plot.x,
      y: plot.y,
      width: plot.w,
      height: plot.h,
      class: 'crd-chart__frame',
      fill: 'none',
    }),
  );
  return root;
}

export function legendElement(model: ChartModel): HTMLElement {
  return h(
    'ul',
    { class: 'crd-legend' },
    ...model.lines.map((l) => {
      const swatch = svg('svg', { width: 28, height: 10, 'aria-hidden': 'true' });
      const line = svg('line', { x1: 0, x2: 28, y1: 5, y2: 5, stroke: l.color, 'stroke-width': 3 });
      if (l.dash) line.setAttribute('stroke-dasharray', l.dash);
      swatch.append(line);
      return h('li', null, swatch, l.label);
    }),
  );
}

/** A table with a show/hide button; print always shows it (see debrief.css). */
export function toggledTable(label: string, table: HTMLTableElement): HTMLElement {
  const id = `crd-table-${++ids}`;
  table.id = id;
  table.hidden = true;
  table.classList.add('crd-data-table');
  const toggle = h(
    'button',
    {
      class: 'crd-btn crd-btn--quiet',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': id },
    },
    t('viewer.chart.show', { label }),
  );
  toggle.addEventListener('click', () => {
    table.hidden = !table.hidden;
    toggle.setAttribute('aria-expanded', String(!table.hidden));
    toggle.textContent = t(table.hidden ? 'viewer.chart.show' : 'viewer.chart.hide', { label });
  });
  return h('div', { class: 'crd-table-toggle' }, toggle, table);
}
