import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTest } from '../../src/cli/commands/test';
import { recordingIo } from './recording-io';

describe('crisis-room test', () => {
  it('prints pass or the first divergence per plan and exits 1 on any failure', async () => {
    const io = recordingIo();
    expect(await runTest(['tests/fixtures/engine/plans/flow-mixed.test.yaml'], io)).toBe(1);
    expect(io.stdout()).toBe(
      [
        'tests/fixtures/engine/plans/flow-mixed.test.yaml',
        '  pass  apology reaches the good ending',
        '  FAIL  a hidden choice is refused',
        "        step 1, 'secret' at beat 'choose': 'secret' is not available now (trust > 90) (available: apologise, silence)",
        '  FAIL  silence expected to end well',
        "        expected ending 'good_end', got 'bad_end'",
        '',
        '1 passed, 2 failed',
        '',
      ].join('\n'),
    );
  });

  it('reports mistakes in a plan file before playing it', async () => {
    const io = recordingIo();
    expect(await runTest(['tests/fixtures/engine/plans/flow-typo.test.yaml'], io)).toBe(1);
    expect(io.stderr()).toBe('tests/fixtures/engine/plans/flow-typo.test.yaml: plans[0].expect.meters.trust: expected a number or { min, max }\n');
  });

  it('names unknown choices and endings', async () => {
    const io = recordingIo();
    const file = 'tests/fixtures/engine/plans/flow-unknown.test.yaml';
    expect(await runTest([file], io)).toBe(1);
    expect(io.stderr()).toBe(`${file}: plan 'misspelt': unknown choice 'apologize'\n${file}: plan 'misspelt': unknown ending 'great_end'\n`);
  });

  // npm test runs every shipped scenario's instructor plans.
  const plans = readdirSync('scenarios').filter((name) => name.endsWith('.test.yaml'));
  it.each(plans)('passes every plan in scenarios/%s', async (name) => {
    const io = recordingIo();
    const code = await runTest([`scenarios/${name}`], io);
    expect(io.stdout() + io.stderr()).not.toContain('FAIL');
    expect(code).toBe(0);
  });
});
