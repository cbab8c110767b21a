/**
 * `crisis-room randomtest --lang ko` (issue #20): the report's headings and fixed sentences and the
 * command's usage errors are Korean; ids, numbers and the strategy as typed stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { runFailureWords } from '../../src/analysis/format-random-test';
import { runFailureText, type RunFailure } from '../../src/analysis/random-test';
import { runRandomTest } from '../../src/cli/commands/randomtest';
import { ENDED } from '../../src/engine/refusal';
import { english, loadTranslator } from '../../src/i18n/index';
import { recordingIo } from './recording-io';

/** The scenario's ids and the strategy typed on the command line. */
const KEPT = /crisis-room|\bdead\b|\bover\b|tutorial_loyalty_leak|trust_rebuilt|contained|regulator_action|bruised|trust|liability|regulator|uniform|least-used|hidden|locked|finish|boost|--seed|--strategy|greedy/g;
const latinWords = (text: string): string[] => [...text.replace(KEPT, '').matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]);

/** Every way a run can fail, the engine's refusal among them. */
const FAILURES: RunFailure[] = [
  { kind: 'tooLong', steps: 12 },
  { kind: 'noChoice', beat: 'b' },
  { kind: 'noNext', beat: 'b' },
  { kind: 'refused', refusal: ENDED },
  { kind: 'noEnding' },
];

describe('crisis-room randomtest in Korean', () => {
  it.each(FAILURES.map((cause) => [cause.kind, cause] as const))('words a %s run in English exactly as the report keeps it', (_kind, cause) => {
    expect(runFailureWords(cause, english)).toBe(runFailureText(cause));
  });

  it('words every failed run in Korean, the engine\'s refusal included', async () => {
    const ko = await loadTranslator('ko');
    for (const cause of FAILURES) {
      const words = runFailureWords(cause, ko);
      expect(words).toMatch(/[가-힣]/);
      expect(latinWords(words), words).toEqual([]);
    }
  });

  it('keeps the English report word for word', async () => {
    const io = recordingIo();
    expect(await runRandomTest('tests/fixtures/analysis/dead.yaml', { runs: '2', seed: '1', strategy: 'least-used' }, io)).toBe(1);
    expect(io.stdout()).toBe(
      [
        "Random test of 'dead': 2 runs, seed 1, strategy least-used",
        '',
        'Endings:',
        '  over                           0    0.0%',
        '',
        'Meters at the end (min / p10 / p25 / median / p75 / p90 / max, mean):',
        '  trust            10 / 10 / 10 / 10 / 10 / 10 / 10, mean 10',
        '',
        'Beats visited: 2/3 (never: c)',
        'Choices taken: 1/4 (never: hidden, locked, finish)',
        'Failed runs: 2',
        "  run 0 (engine seed 2147483646) at b: dead end: no choice is available at beat 'b'; choices: boost",
        "  run 1 (engine seed 2134902081) at b: dead end: no choice is available at beat 'b'; choices: boost",
        '',
      ].join('\n'),
    );
  });

  it('says the report in Korean', async () => {
    const io = recordingIo();
    expect(await runRandomTest('scenarios/tutorial.yaml', { runs: '1200', seed: '3' }, io, await loadTranslator('ko'))).toBe(0);
    expect(io.stdout()).toContain("'tutorial_loyalty_leak' 무작위 테스트: 1,200회 실행, 시드 3, 전략 uniform\n\n결말:\n");
    expect(io.stdout()).toContain('실패한 실행: 0회\n');
    expect([...new Set(latinWords(io.stdout()))]).toEqual([]);
  });

  it('says failed runs and unreached choices in Korean', async () => {
    const io = recordingIo();
    expect(await runRandomTest('tests/fixtures/analysis/dead.yaml', { runs: '2', seed: '1', strategy: 'least-used' }, io, await loadTranslator('ko'))).toBe(1);
    expect(io.stdout()).toContain('(한 번도 없음: ');
    expect(io.stdout()).toMatch(/\n {2}실행 0\(엔진 시드 \d+\), 장면 b: 막다른 곳: 장면 'b'에서 고를 수 있는 선택지가 없습니다; 선택: boost\n/);
    expect([...new Set(latinWords(io.stdout()))]).toEqual([]);
  });

  it('says its usage errors in Korean', async () => {
    const ko = await loadTranslator('ko');
    for (const options of [{ runs: '3' }, { runs: '3', seed: 'x' }, { runs: '3', seed: '1', strategy: 'greedy' }]) {
      const io = recordingIo();
      expect(await runRandomTest('tests/fixtures/analysis/diamond.yaml', options, io, ko)).toBe(1);
      expect(io.stderr()).toMatch(/[가-힣]/);
      expect([...new Set(latinWords(io.stderr()))]).toEqual([]);
    }
  });
});
