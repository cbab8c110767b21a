/** `crisis-room analyze` reports design findings with file:line:col, in text and as JSON `design`. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/commands/analyze';
import type { Io } from '../../../src/cli/io';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/analysis/design/${name}.yaml`, import.meta.url));

function capture(): Io & { stdout: () => string } {
  let out = '';
  return { out: (t) => void (out += t), err: () => undefined, stdout: () => out };
}

describe('crisis-room analyze: design findings', () => {
  it('prints each finding at file:line:col with its code, and every strategy with its ending and score', async () => {
    const io = capture();
    await runAnalyze(fixture('gamed'), {}, io);
    const text = io.stdout();
    expect(text).toMatch(/design[/\\]gamed\.yaml:13:5 CR532 flag 'memo_written' is set but nothing reads it/);
    expect(text).toMatch(/gamed\.yaml:48:5 CR525 the surface strategy always-shortest/);
    expect(text).toContain(`  ${'always-shortest'.padEnd('category-leadership-longest'.length)} recovered (best), score 50   CR525`);
    expect(text).toContain('      route: wait > apologise_in_person > compensate_everyone');
  });

  it('prints design: [...] and strategies: [...] in --json', async () => {
    const io = capture();
    await runAnalyze(fixture('gamed'), { json: true }, io);
    const json = JSON.parse(io.stdout());
    expect(json.design.find((f: { code: string }) => f.code === 'CR534')).toMatchObject({ path: 'triggers[0].when', line: 44, col: 32, silenced: null, title: 'a trigger holds before the first decision' });
    expect(json.design.every((f: { file: string }) => f.file.endsWith('gamed.yaml'))).toBe(true);
    expect(json.strategies.map((s: { strategy: string; best: { ending: string } }) => [s.strategy, s.best.ending])).toHaveLength(12);
  });

  it('says there are none for the fixture written well', async () => {
    const io = capture();
    expect(await runAnalyze(fixture('well-written'), {}, io)).toBe(0);
    expect(io.stdout()).toContain('Design findings: none');
  });
});
