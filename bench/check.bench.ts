/**
 * `npm run bench:check`: load-and-check time for generated scenarios of 100, 1,000 and 10,000
 * beats (median of several runs), with the per-beat cost relative to the 100-beat baseline of the
 * same run: a ratio near 1 means time grows linearly with size.
 */
import { parseDocument } from 'yaml';
import { loadScenario } from '../src/scenario/index';

/** A chain of beats, each with an inject, a timed decision of three choices and conditions. */
export function generateScenario(beats: number): string {
  const lines: string[] = [
    'format: 1',
    `id: bench_${beats}`,
    `title: Benchmark with ${beats} beats`,
    'summary: Generated.',
    'meters:',
    '  - { id: trust, label: Trust, min: 0, max: 100, start: 50, bands: [{ from: 0, label: Low }, { from: 50, label: High }] }',
    '  - { id: liability, label: Liability, min: 0, max: 100, start: 20, good: low, bands: [{ from: 0, label: Low }, { from: 60, label: High }] }',
    'flags:',
    '  - { id: notified }',
    'facts:',
    '  - { id: affected, label: Affected, start: 4500 }',
    'start: b0',
    'beats:',
  ];
  for (let i = 0; i < beats; i++) {
    const next = i + 1 < beats ? `b${i + 1}` : 'end';
    const skip = i + 2 < beats ? `b${i + 2}` : 'end';
    lines.push(
      `  - id: b${i}`,
      `    title: Beat ${i}`,
      `    at: ${i}`,
      '    injects:',
      `      - { id: mail_${i}, kind: email, from: Ops, headline: Update ${i}, body: "Something happened at hour ${i}." }`,
      '    facilitator:',
      `      questions: ["What do we know at hour ${i}?"]`,
      '    decision:',
      `      prompt: Decide ${i}`,
      '      time_limit: 90',
      `      default: c${i}_wait`,
      '      choices:',
      `        - { id: c${i}_tell, category: disclosure, label: Tell, effects: { trust: 3, liability: "%-10" }, set: { notified: true }, claims: [{ fact: affected, value: 4500, confidence: preliminary }], next: ${next}, feedback: Good., rating: recommended }`,
      `        - { id: c${i}_spin, category: leadership, label: Spin, if: "trust >= 40 and not notified", effects: { trust: -2 }, next: ${skip}, feedback: Risky., rating: harmful }`,
      `        - { id: c${i}_wait, category: legal, label: Wait, effects: { liability: 2 }, next: ${next}, feedback: Slow., rating: acceptable }`,
    );
  }
  lines.push(
    'triggers:',
    '  - { id: storm, when: "trust < 20 and visits(b1) > 0", chance: 0.5, effects: { liability: 5 } }',
    'deadlines:',
    '  - { id: report, label: Report, starts_when: "visits(b0) > 0", met_when: notified, hours: 72 }',
    'endings:',
    '  - { id: good, title: Good, tone: good, when: "trust >= 60 and met(report)", epilogue: Fine. }',
    '  - { id: meh, title: Meh, tone: mixed, epilogue: Meh. }',
    'rubric:',
    '  - { id: on_time, label: On time, capability: Public Information and Warning, evidence: [{ deadline: report }, { chose: [c0_tell] }, { claims: accurate }] }',
  );
  return `${lines.join('\n')}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median wall-clock and CPU milliseconds of `runs` calls (CPU time is less hurt by a busy machine). */
function measure(runs: number, body: () => void): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    body();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

// 10,000 beats are about 9 MB, far past the 1 MiB default meant for hand-written files.
const options = { maxBytes: 64 * 1024 * 1024 };

function loadAndCheck(source: string): void {
  const { scenario, diagnostics } = loadScenario(source, options);
  if (scenario === null)
    throw new Error(`generated scenario has errors: ${diagnostics[0]?.message ?? ''}`);
}

const sizes = [100, 1_000, 10_000];
const runs: Record<number, number> = { 100: 21, 1_000: 7, 10_000: 5 };
const warm = generateScenario(100);
measure(20, () => loadAndCheck(warm)); // warm the JIT so the baseline is not the slowest run

let baselinePerBeat = 0;
console.log(
  'load + check of generated scenarios: median ms (wall / CPU); yaml = the yaml package alone',
);
console.log(
  '  beats      bytes    total wall   total cpu   yaml cpu   ours cpu   cpu ms/beat   per-beat ratio vs 100',
);
for (const beats of sizes) {
  const source = generateScenario(beats);
  const n = runs[beats] ?? 5;
  const total = measure(n, () => loadAndCheck(source));
  const yaml = measure(n, () => parseDocument(source).toJS());
  const perBeat = total.cpu / beats;
  if (beats === 100) baselinePerBeat = perBeat;
  const cells = [
    String(beats).padStart(7),
    String(source.length).padStart(10),
    total.wall.toFixed(1).padStart(13),
    total.cpu.toFixed(1).padStart(11),
    yaml.cpu.toFixed(1).padStart(10),
    Math.max(0, total.cpu - yaml.cpu)
      .toFixed(1)
      .padStart(10),
    perBeat.toFixed(4).padStart(13),
    (perBeat / baselinePerBeat).toFixed(2).padStart(10),
  ];
  console.log(cells.join(' '));
}
