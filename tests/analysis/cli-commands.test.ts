/** The analyze, randomtest and graph commands, driven with a captured Io. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/commands/analyze';
import { runGraph } from '../../src/cli/commands/graph';
import { runRandomTest } from '../../src/cli/commands/randomtest';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/analysis/${name}.yaml`, import.meta.url));

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), stdout: () => out, stderr: () => err };
}

describe('crisis-room analyze', () => {
  it('prints JSON with every ending, reachable, and its shortest path; exit 0 when nothing is dead', async () => {
    const io = capture();
    expect(await runAnalyze(fixture('diamond'), { json: true }, io)).toBe(0);
    const json = JSON.parse(io.stdout());
    expect(json.endings.map((e: { id: string; reachable: boolean; shortestPath: string[] }) => [e.id, e.reachable, e.shortestPath])).toEqual([
      ['high', true, ['up', 'up2']],
      ['low', true, ['up', 'down2']],
    ]);
    expect(json.paths.total).toBe('6');
  });

  it('exits 1 when something is unreachable or stuck', async () => {
    const io = capture();
    expect(await runAnalyze(fixture('dead'), {}, io)).toBe(1);
    expect(io.stdout()).toContain('at b, reached by boost');
  });

  it('says so and exits 1 when the state cap stops the exploration', async () => {
    const io = capture();
    expect(await runAnalyze(fixture('diamond'), { maxStates: '3' }, io)).toBe(1);
    expect(io.stderr()).toContain('state cap of 3 distinct states');
  });

  it('prints the loader diagnostics with line and column for a broken file, never a stack trace', async () => {
    const io = capture();
    expect(await runAnalyze(fixture('workshop-broken'), {}, io)).toBe(1);
    expect(io.stderr()).toMatch(/workshop-broken\.yaml:47:17: error CR301: unknown beat 'regulatr'/);
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });

  it('past the cap, gives the exact score range from the search, or says the search ran out of --search-steps', async () => {
    const io = capture();
    await runAnalyze(fixture('diamond'), { maxStates: '3', json: true }, io);
    expect(JSON.parse(io.stdout()).score).toMatchObject({ exact: true, method: 'search', best: { ending: 'high' } });
    const starved = capture();
    await runAnalyze(fixture('diamond'), { maxStates: '3', searchSteps: '1' }, starved);
    expect(starved.stdout()).toContain('not computed exactly: the search for the best and worst playthroughs did not finish within 1 engine step');
    const bad = capture();
    expect(await runAnalyze(fixture('diamond'), { searchSteps: '0' }, bad)).toBe(1);
    expect(bad.stderr()).toBe("crisis-room: --search-steps must be a whole number of at least 1, not '0'\n");
  });

  it('rejects a bad --max-states through the real program with exit 1', async () => {
    const code = await main(['analyze', fixture('diamond'), '--max-states', 'lots']);
    expect(code).toBe(1);
  });
});

describe('crisis-room randomtest', () => {
  it('gives the same output for the same seed', async () => {
    const first = capture();
    const second = capture();
    expect(await runRandomTest(fixture('diamond'), { runs: '200', seed: '9', json: true }, first)).toBe(0);
    await runRandomTest(fixture('diamond'), { runs: '200', seed: '9', json: true }, second);
    expect(second.stdout()).toBe(first.stdout());
    expect(JSON.parse(first.stdout())).toMatchObject({ runs: 200, seed: 9, strategy: 'uniform', failed: 0 });
  });

  it('exits 1 and lists the failing runs with their choices', async () => {
    const io = capture();
    expect(await runRandomTest(fixture('dead'), { runs: '3', seed: '1', strategy: 'least-used' }, io)).toBe(1);
    expect(io.stdout()).toContain("at b: dead end: no choice is available at beat 'b'; choices: boost");
  });

  it('requires a seed and a known strategy', async () => {
    const io = capture();
    expect(await runRandomTest(fixture('diamond'), { runs: '3' }, io)).toBe(1);
    expect(await runRandomTest(fixture('diamond'), { runs: '3', seed: '1', strategy: 'greedy' }, io)).toBe(1);
    expect(io.stderr()).toContain('--seed is required');
    expect(io.stderr()).toContain("--strategy must be uniform or least-used, not 'greedy'");
  });
});

describe('crisis-room graph', () => {
  it('prints mermaid or dot', async () => {
    const mermaid = capture();
    expect(await runGraph(fixture('diamond'), { format: 'mermaid' }, mermaid)).toBe(0);
    expect(mermaid.stdout()).toMatch(/^flowchart TD\n/);
    const dot = capture();
    expect(await runGraph(fixture('diamond'), { format: 'dot' }, dot)).toBe(0);
    expect(dot.stdout()).toMatch(/^digraph "diamond" \{/);
    const bad = capture();
    expect(await runGraph(fixture('diamond'), { format: 'png' }, bad)).toBe(1);
  });

  it('exits 0 with nothing on stderr for a sound graph of every way a beat can lead on', async () => {
    for (const format of ['mermaid', 'dot']) {
      const io = capture();
      expect(await runGraph(fixture('every-ending-way'), { format }, io)).toBe(0);
      expect(io.stderr()).toBe('');
    }
  });
});
