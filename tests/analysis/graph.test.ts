import { describe, expect, it } from 'vitest';
import { analyze, beatGraph, toDot, toMermaid } from '../../src/analysis/index';
import { loadFixture } from './load-fixture';

describe('toMermaid', () => {
  it('draws beats, choices as labelled edges and endings, with unreachable parts greyed', () => {
    const scenario = loadFixture('dead');
    expect(toMermaid(scenario, analyze(scenario))).toMatchInlineSnapshot(`
      "flowchart TD
        beat_a["Start (a)"]
        beat_b["Locked room (b)"]
        beat_c["Secret room (c)"]
        ending_over(["Over (over, mixed)"])
        beat_a -->|"boost"| beat_b
        beat_a -->|"hidden (if secret)"| beat_c
        beat_b -->|"locked (if trust #lt; 5)"| ending_over
        beat_c -->|"finish"| ending_over
        classDef ending fill:#e8f1fb,stroke:#1f4e79,color:#0b2540
        classDef start stroke-width:3px
        classDef unreachable fill:#f2f2f2,stroke:#8a8a8a,stroke-dasharray:5 5,color:#555
        class ending_over ending
        class beat_a start
        class beat_c,ending_over unreachable
        linkStyle 1,2,3 stroke:#8a8a8a,stroke-dasharray:4 4
      "
    `);
  });

  it('routes choices through one resolve node when there is no complete analysis', () => {
    expect(toMermaid(loadFixture('diamond'))).toMatchInlineSnapshot(`
      "flowchart TD
        beat_a["First decision (a)"]
        beat_b["Second decision (b)"]
        resolve{{"end: endings checked in order"}}
        ending_high(["High (high, best)"])
        ending_low(["Low (low, poor)"])
        resolve -->|"trust #gt;= 7"| ending_high
        resolve -->|"otherwise"| ending_low
        beat_a -->|"up"| beat_b
        beat_a -->|"hold"| beat_b
        beat_a -->|"down"| beat_b
        beat_b -->|"up2"| resolve
        beat_b -->|"down2"| resolve
        classDef ending fill:#e8f1fb,stroke:#1f4e79,color:#0b2540
        classDef start stroke-width:3px
        classDef unreachable fill:#f2f2f2,stroke:#8a8a8a,stroke-dasharray:5 5,color:#555
        class ending_high,ending_low ending
        class beat_a start
      "
    `);
  });
});

describe('toDot', () => {
  it('draws the same graph in Graphviz DOT', () => {
    const scenario = loadFixture('diamond');
    expect(toDot(scenario, analyze(scenario))).toMatchInlineSnapshot(`
      "digraph "diamond" {
        rankdir=TB;
        node [shape=box, fontname="Helvetica"];
        edge [fontname="Helvetica", fontsize=10];
        "beat:a" [label="First decision\\n(a)", penwidth=3];
        "beat:b" [label="Second decision\\n(b)"];
        "ending:high" [label="High\\n(high, best)", shape=doubleoctagon, fillcolor="#e8f1fb", style="filled"];
        "ending:low" [label="Low\\n(low, poor)", shape=doubleoctagon, fillcolor="#e8f1fb", style="filled"];
        "beat:a" -> "beat:b" [label="up"];
        "beat:a" -> "beat:b" [label="hold"];
        "beat:a" -> "beat:b" [label="down"];
        "beat:b" -> "ending:high" [label="up2"];
        "beat:b" -> "ending:low" [label="up2"];
        "beat:b" -> "ending:low" [label="down2"];
      }
      "
    `);
  });
});

describe('beatGraph', () => {
  it('connects a beat whose Continue ends the exercise to the endings, with a complete analysis too', () => {
    const scenario = loadFixture('continue-to-end');
    const graph = beatGraph(scenario, analyze(scenario));
    const keys = new Set(graph.nodes.map((node) => node.key));
    expect(graph.edges.filter((edge) => !keys.has(edge.from) || !keys.has(edge.to))).toEqual([]);
    expect(graph.edges.filter((edge) => edge.from === 'beat:c' || edge.from === 'resolve').map((edge) => `${edge.from} -> ${edge.to} (${String(edge.reachable)})`)).toEqual([
      'resolve -> ending:high (true)',
      'resolve -> ending:low (true)',
      'beat:c -> resolve (true)',
    ]);
  });
});
