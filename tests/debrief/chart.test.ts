import { describe, expect, it } from 'vitest';
import { buildChart, chartSvg } from '../../src/debrief/index';

const trust = {
  id: 'trust',
  label: 'Trust <public>',
  min: 0,
  max: 100,
  points: [
    { time: 0, value: 50 },
    { time: 0, value: 60 },
    { time: 24, value: 40 },
    { time: 48, value: 40 },
  ],
};

describe('buildChart', () => {
  it('draws a step line and stacks decision markers that would overlap', () => {
    const model = buildChart(
      [trust],
      [
        { time: 0, label: '1', title: 'first' },
        { time: 0.5, label: '2', title: 'second' },
        { time: 24, label: '3', title: 'third' },
      ],
      { width: 448, height: 272 },
    );
    expect(model.lines[0]?.d).toMatchInlineSnapshot(`"M48 116 H48 V96 H240 V136 H432 V136"`);
    expect(model.markers.map((m) => [m.label, m.x, m.row])).toMatchInlineSnapshot(`
      [
        [
          "1",
          48,
          0,
        ],
        [
          "2",
          52,
          1,
        ],
        [
          "3",
          240,
          0,
        ],
      ]
    `);
    expect(model.yTitle).toBe('value');
  });

  it('draws meters with different ranges as a percentage of each range', () => {
    const model = buildChart(
      [trust, { id: 'fine', label: 'Fine', min: 0, max: 1000, points: [{ time: 0, value: 500 }] }],
      [],
    );
    expect(model.yTitle).toBe('% of range');
    expect(model.yTicks.map((t) => t.label)).toEqual(['0', '25', '50', '75', '100']);
  });

  it('escapes every label in the SVG', () => {
    const svg = chartSvg(
      buildChart([trust], [{ time: 1, label: '<1>', title: '"quoted" & <b>' }]),
      'Title <x>',
      'Desc & more',
    );
    expect(svg).toContain('<title>Trust &#60;public&#62;</title>');
    expect(svg).toContain('<title>&#34;quoted&#34; &#38; &#60;b&#62;</title>');
    expect(svg).toContain('<title id="chart-title">Title &#60;x&#62;</title>');
    expect(svg).not.toMatch(/<b>|<x>|<1>/);
  });
});
