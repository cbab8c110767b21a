/**
 * The workshop's summary lines and "Play from here" notices in both languages (issue #20): English
 * as it always read, Korean with no English left but the ids, conditions and names the author wrote.
 */
import { describe, expect, it } from 'vitest';
import { english, loadTranslator } from '../../../src/i18n/index';
import type { Notice } from '../../../src/engine/types';
import { findingLines, textLines } from '../../../src/ui/workshop/summary-lines';
import { noticeLine } from '../../../src/ui/workshop/play-notices';
import { loadFixture } from '../../analysis/load-fixture';

const analysis = {
  conditions: [
    { verdict: 'never-true', where: { kind: 'trigger', id: 'leak', field: 'when' }, source: 'trust > 90', checked: 4 },
    { verdict: 'never-true', where: { kind: 'deadline', id: 'pipa', field: 'met_when' }, source: 'chose(file)', checked: 9 },
    { verdict: 'always-true', where: { kind: 'rubric', id: 'speed', evidence: 1, field: 'when' }, source: 'met(pipa)', checked: 6 },
  ],
  clampedEffects: [{ choice: 'apologise', meter: 'trust', change: '+5', values: [30], taken: 2 }],
  texts: [
    { where: { kind: 'inject', id: 'letter', field: 'body' }, variants: ['leaked'], flags: ['leaked'], reads: ['trust'], flagsThatVary: ['leaked', 'filed'] },
    { where: { kind: 'ending', id: 'done', field: 'epilogue' }, variants: ['time > 3'], flags: [], reads: [], flagsThatVary: null },
  ],
} as const;

const notices: Notice[] = [
  { kind: 'meter', meter: 'trust', from: 20, to: 15, cause: 'a' },
  { kind: 'flag', flag: 'filed', value: true, cause: 'a' },
  { kind: 'flag', flag: 'filed', value: false, cause: 'a' },
  { kind: 'fact', fact: 'accounts', from: 4500, to: 12000, cause: 'a' },
  { kind: 'contradiction', fact: 'accounts', claimed: 4500, revised: 12000, confidence: 'confirmed', choice: 'a' },
  { kind: 'contradiction', fact: 'accounts', claimed: 4500, atLeast: 4500, revised: 12000, confidence: 'estimate', choice: 'a', audience: 'regulator' },
  { kind: 'trigger', trigger: 'leak', rolled: true, fired: true },
  { kind: 'trigger', trigger: 'leak', rolled: true, fired: false },
  { kind: 'deadline', deadline: 'pipa', status: 'running', time: 0 },
  { kind: 'deadline', deadline: 'pipa', status: 'missed', time: 72 },
  { kind: 'limit', meter: 'trust', bound: 'cap', value: 25, cause: 'a' },
  { kind: 'limit', meter: 'regulator', bound: 'floor', value: 5, cause: 'a' },
  { kind: 'enter', beat: 'b', time: 1 },
];

/**
 * Latin words left once the ids, conditions and names the test gave are taken out, and the YAML key
 * a place is written under, in brackets after its Korean name (`조건(when)`), as the author types it.
 */
const englishLeft = (lines: readonly string[]): string[] =>
  lines.flatMap((line) =>
    [
      ...line
        .replace(/"[^"]*"|\((?:when|met_when|body|epilogue)\)|\b(?:apologise|trust|leaked|filed|accounts|leak|pipa|speed|letter|done|Trust|Regulator)(?![A-Za-z])/g, '')
        .matchAll(/[A-Za-z]{2,}/g),
    ].map((m) => m[0]),
  );

describe('the workshop’s summary lines', () => {
  it('read as they always did in English', () => {
    expect([...findingLines(analysis, english), ...textLines(analysis, english)]).toEqual([
      'trigger leak (when): "trust > 90" is never true where checked',
      'deadline pipa (met_when): "chose(file)" is never true where checked',
      'rubric speed evidence 1 (when): "met(pipa)" is always true where checked',
      'apologise: trust +5 never changes anything (the meter is at 30)',
      'inject letter body: reads leaked, trust; flags that vary there but no variant reads: filed',
      'ending done epilogue: reads nothing',
    ]);
  });

  it('are Korean on a Korean page', async () => {
    const ko = await loadTranslator('ko');
    const lines = [...findingLines(analysis, ko), ...textLines(analysis, ko)];
    expect(lines).toEqual([
      '트리거 leak의 발동 조건(when): "trust > 90" 조건은 검사되는 모든 곳에서 늘 거짓입니다',
      '기한 pipa의 준수 조건(met_when): "chose(file)" 조건은 검사되는 모든 곳에서 늘 거짓입니다',
      '목표 speed의 근거 1번 조건(when): "met(pipa)" 조건은 검사되는 모든 곳에서 늘 참입니다',
      'apologise: trust +5 효과는 아무것도 바꾸지 못합니다(그때 지표 값: 30)',
      '메시지 letter의 본문(body): 읽는 것 leaked, trust. 여기서 팀마다 달라지지만 어느 변형도 읽지 않는 플래그: filed',
      '결말 done의 에필로그(epilogue): 읽는 것 없음',
    ]);
    expect(englishLeft(lines)).toEqual([]);
  });
});

describe('"Play from here" notices', () => {
  const scenario = loadFixture('claim-bounds');

  it('read as they always did in English', () => {
    expect(notices.map((n) => noticeLine(n, scenario, english))).toEqual([
      'Trust 20 → 15',
      'filed is now on',
      'filed is now off',
      'accounts revised: 4,500 → 12,000',
      'A claim of 4,500 was contradicted by 12,000',
      'A filing to the regulator of at least 4,500 was contradicted by 12,000',
      'Trigger leak fired',
      'Trigger leak rolled and did not fire',
      'Deadline pipa: running',
      'Deadline pipa: missed',
      'Trust capped at 25',
      'Regulator floored at 5',
      null,
    ]);
  });

  it('are Korean on a Korean page', async () => {
    const ko = await loadTranslator('ko');
    const lines = notices.map((n) => noticeLine(n, scenario, ko));
    expect(lines).toEqual([
      'Trust 20 → 15',
      '플래그 filed 켜짐',
      '플래그 filed 꺼짐',
      '사실 accounts 정정: 4,500 → 12,000',
      '발표한 수치 4,500이(가) 사실과 어긋났습니다: 정정된 값 12,000',
      '규제 기관에 신고한 수치 4,500 이상이(가) 사실과 어긋났습니다: 정정된 값 12,000',
      '트리거 leak 발동',
      '트리거 leak: 확률을 굴렸으나 발동하지 않음',
      '기한 pipa: 시계가 돌기 시작함',
      '기한 pipa: 놓침',
      'Trust: 이후 최대 25',
      'Regulator: 이후 최소 5',
      null,
    ]);
    expect(englishLeft(lines.filter((line): line is string => line !== null))).toEqual([]);
  });
});
