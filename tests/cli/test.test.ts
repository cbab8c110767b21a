import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTest } from '../../src/cli/commands/test';
import { recordingIo } from './recording-io';
import { PLAIN } from '../../src/cli/print-diagnostics';
import { loadTranslator } from '../../src/i18n/index';

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

  it('reports a mistake in a plan file before playing it, positioned with a code frame', async () => {
    const io = recordingIo();
    const file = 'tests/fixtures/engine/plans/flow-typo.test.yaml';
    expect(await runTest([file], io)).toBe(1);
    expect(io.stderr()).toContain(`${file}:5:51: error CR701: trust should be a number or { min, max }\n`);
    expect(io.stderr()).toContain('> 5 |     expect: { ending: great_end, meters: { trust: high } }\n    |                                                   ^^^^');
  });

  it('names unknown choices and endings with their positions', async () => {
    const io = recordingIo();
    const file = 'tests/fixtures/engine/plans/flow-unknown.test.yaml';
    expect(await runTest([file], io)).toBe(1);
    const heads = io.stderr().split('\n').filter((line) => line.startsWith(file));
    expect(heads).toEqual([
      `${file}:4:13: error CR703: unknown choice 'apologize'; did you mean 'apologise'?`,
      `${file}:5:23: error CR703: unknown ending 'great_end'`,
    ]);
  });

  it('reports every mistake at once: keys, steps, ids and statuses, each with a did-you-mean', async () => {
    const io = recordingIo();
    const file = 'tests/fixtures/engine/plans/flow-many-mistakes.test.yaml';
    expect(await runTest([file], io)).toBe(1);
    const heads = io.stderr().split('\n').filter((line) => line.startsWith(file));
    expect(heads).toEqual([
      `${file}:2:1: error CR702: unknown key 'sede' in plan file; did you mean 'seed'?`,
      `${file}:5:13: error CR703: unknown choice 'apologize'; did you mean 'apologise'?`,
      `${file}:5:34: error CR703: unknown optional inject 'leek'; did you mean 'leak'?`,
      `${file}:5:42: error CR701: a step is a choice id, clock.expire, player.continue or { inject: <id> }`,
      `${file}:7:15: error CR703: unknown ending 'great_end'`,
      `${file}:8:24: error CR701: trust should be a number or { min, max }`,
      `${file}:8:30: error CR703: unknown meter 'trsut'; did you mean 'trust'?`,
      `${file}:9:7: error CR702: unknown key 'flag' in expect; did you mean 'flags'?`,
      `${file}:12:36: error CR704: 'mett' is not a deadline status; use one of: idle, running, met, missed, deficient; did you mean 'met'?`,
    ]);
    expect(io.stdout()).not.toContain('  pass  ');
  });

  it('says a plan file\'s mistakes in Korean with --lang ko, keeping the headline editors parse', async () => {
    const io = recordingIo();
    const file = 'tests/fixtures/engine/plans/flow-many-mistakes.test.yaml';
    expect(await runTest([file], io, PLAIN, await loadTranslator('ko'))).toBe(1);
    const heads = io.stderr().split('\n').filter((line) => line.startsWith(file));
    expect(heads[0]).toBe(`${file}:2:1: error CR702: [오류] 테스트 계획 파일에 알 수 없는 키 'sede'이(가) 있습니다. 'seed'을(를) 쓰려던 것입니까?`);
    expect(heads[5]).toBe(`${file}:8:24: error CR701: [오류] trust: 필요한 값은 숫자 또는 { min, max }입니다`);
  });

  it('takes a directory: every plan file in it, as check takes a directory of scenarios', async () => {
    const io = recordingIo();
    expect(await runTest(['tests/fixtures/engine/plans'], io)).toBe(1);
    expect(io.stdout().split('\n').filter((line) => line.endsWith('.test.yaml'))).toEqual([
      'tests/fixtures/engine/plans/flow-many-mistakes.test.yaml',
      'tests/fixtures/engine/plans/flow-mixed.test.yaml',
      'tests/fixtures/engine/plans/flow-typo.test.yaml',
      'tests/fixtures/engine/plans/flow-unknown.test.yaml',
    ]);
    expect(io.stdout()).toContain('1 passed, 2 failed, 3 files with errors');
  });

  it('says so when a directory has no plan files', async () => {
    const io = recordingIo();
    expect(await runTest(['tests/fixtures/engine'], io)).toBe(1);
    expect(io.stderr()).toContain('tests/fixtures/engine: no test plans (*.test.yaml) in this directory');
  });

  it('passes every shipped plan when given the scenarios directory', async () => {
    const io = recordingIo();
    expect(await runTest(['scenarios'], io)).toBe(0);
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
