/**
 * `crisis-room test --lang ko` (issue #20): the pass and fail lines, the summary and every way a
 * plan can fail are said in Korean; the English stays word for word what the engine says.
 */
import { describe, expect, it } from 'vitest';
import { runTest } from '../../src/cli/commands/test';
import { planFailureWords } from '../../src/cli/plan-failure-words';
import { failureText, type PlanFailure } from '../../src/engine/index';
import { english, loadTranslator } from '../../src/i18n/index';
import { recordingIo } from './recording-io';

const FIXTURE = 'tests/fixtures/cli/flow-every-failure.test.yaml';
/** What the author wrote: plan names, ids and a choice's condition. The engine's refusals are worded too. */
const AUTHORED = /apology reaches the good ending|refused inject|refused|wrong ending|no ending|below|above|flag|contradictions|good_end|bad_end|choose|secret|apologise|silence|trust|apologised|leak/g;

/** Steps and deadline statuses as a plan file spells them. */
const TYPED = /clock\.expire|player\.continue|\b(?:met|missed|deficient|running|idle)\b/g;

const latinWords = (text: string): string[] => [...text.replace(AUTHORED, '').replace(TYPED, '').matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]);

const CAUSES: PlanFailure[] = [
  { kind: 'refused', step: 2, what: { kind: 'choose', choice: 'x' }, beat: 'b', reason: 'r', offered: ['a', 'c'] },
  { kind: 'refused', step: 1, what: { kind: 'inject', inject: 'leak' }, beat: 'b', reason: 'r', offered: [] },
  { kind: 'refused', step: 3, what: { kind: 'expire' }, beat: 'b', reason: 'r', offered: [] },
  { kind: 'refused', step: 4, what: { kind: 'continue' }, beat: 'b', reason: 'r', offered: [] },
  { kind: 'refused', step: 5, what: { kind: 'continue' }, beat: 'b', reason: 'the exercise has ended', refusal: { code: 'ended', values: {}, text: 'the exercise has ended' }, offered: [] },
  { kind: 'noEnding', expected: 'e', beat: 'b' },
  { kind: 'wrongEnding', expected: 'e', got: 'f' },
  { kind: 'unknownMeter', meter: 'm' },
  { kind: 'meterBelow', meter: 'm', value: 1, bound: 2 },
  { kind: 'meterAbove', meter: 'm', value: 3, bound: 2 },
  { kind: 'flag', flag: 'f', expected: true },
  { kind: 'flag', flag: 'f', expected: false },
  { kind: 'deadline', deadline: 'd', status: 'missed', expected: 'met' },
  { kind: 'deadline', deadline: 'd', status: undefined, expected: 'met' },
  { kind: 'contradictions', count: 1, expected: 0 },
];

describe('crisis-room test in Korean', () => {
  it.each(CAUSES.map((cause) => [cause.kind, cause] as const))('words a %s failure in English exactly as the engine does', (_kind, cause) => {
    expect(planFailureWords(cause, english)).toBe(failureText(cause));
  });

  it('says passes, failures, every failure and the summary in Korean', async () => {
    const io = recordingIo();
    expect(await runTest([FIXTURE, 'tests/fixtures/cli/nowhere.yaml'], io, undefined, await loadTranslator('ko'))).toBe(1);
    const out = io.stdout();
    expect(out).toContain('  통과  apology reaches the good ending\n');
    expect(out).toContain("  실패  wrong ending\n        결말 'good_end'을(를) 기대했지만 'bad_end'(으)로 끝났습니다\n");
    expect(out).toContain('지표 trust = 40, 기대값은 45 이상입니다');
    expect(out).toContain('\n통과 1개, 실패 8개, 오류가 있는 파일 1개\n');
    // The engine's refusals, coded, are worded in Korean too: not "is not available now", "has ended".
    expect(out).not.toMatch(/is not available now|the exercise has ended/);
    expect(io.stderr()).toBe('tests/fixtures/cli/nowhere.yaml: 테스트 계획이 없습니다(tests/fixtures/cli/nowhere.test.yaml 파일이 있어야 합니다)\n');
    const lines = out.split('\n').filter((line) => !line.includes(FIXTURE));
    expect([...new Set(latinWords(lines.join('\n')))]).toEqual([]);
  });

  it('keeps the Korean wording of every failure free of English', async () => {
    const ko = await loadTranslator('ko');
    for (const cause of CAUSES) expect(latinWords(planFailureWords(cause, ko)), planFailureWords(cause, ko)).toEqual([]);
  });
});
