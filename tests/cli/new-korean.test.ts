/**
 * `crisis-room new --lang ko` (issue #20): the wizard's questions, its usage errors and the line
 * saying what it wrote are Korean, the deadline presets' names too; the ids of the presets and the
 * laws' own abbreviations (GDPR, SEC, NIS2) stay as they are written.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNew } from '../../src/cli/commands/new';
import { DEADLINE_PRESETS } from '../../src/authoring/deadline-presets';
import { loadTranslator } from '../../src/i18n/index';
import { recordingIo } from './recording-io';

/** What is typed (flags, none, the command, the presets' ids), file paths, and the laws' abbreviations. */
function latinWords(text: string): string[] {
  const ids = new Set(DEADLINE_PRESETS.map((p) => p.id));
  const rest = text.replace(/--[a-z-]+|crisis-room(?: check)?|\bnone\b|\/\S+|\b(?:GDPR|SEC|NIS2)\b/g, '');
  return [...rest.matchAll(/[A-Za-z][\w]{2,}/g)].map((m) => m[0]).filter((word) => !ids.has(word));
}

describe('crisis-room new in Korean', () => {
  it('asks its questions and says what it wrote in Korean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-korean-'));
    const file = join(dir, 'bank.yaml');
    const io = recordingIo(['은행 개인정보 유출', '국민 신뢰', 'none', '3']);
    expect(await runNew(file, {}, io, await loadTranslator('ko'))).toBe(0);
    expect(io.stderr()).toContain('어떤 사고입니까?');
    expect(io.stderr()).toContain('결정은 몇 개입니까? (2~');
    expect(io.stderr()).toContain('pipa (개인정보 보호법 유출 신고, 72시간), gdpr (GDPR 제33조, 72시간), sec (SEC 8-K 공시 1.05항, 4영업일)');
    expect(io.stdout()).toBe(`${file}와(과) ${join(dir, 'schema.json')}에 썼습니다. 다음 명령으로 검사하십시오: crisis-room check ${file}\n`);
    expect(readFileSync(file, 'utf8')).toContain('은행 개인정보 유출');
    expect([...new Set(latinWords(io.stderr() + io.stdout()))]).toEqual([]);
  });

  it('says its usage errors in Korean', async () => {
    const ko = await loadTranslator('ko');
    const dir = mkdtempSync(join(tmpdir(), 'new-korean-'));
    const taken = join(dir, 'taken.yaml');
    writeFileSync(taken, '');
    const answers = { incident: 'x', meter: ['a'], deadline: ['none'], decisions: '3' };
    const cases = [
      { file: taken, options: answers, io: recordingIo() },
      { file: join(dir, 'a.yaml'), options: { ...answers, customDeadline: ['no hours'] }, io: recordingIo() },
      { file: join(dir, 'b.yaml'), options: {}, io: recordingIo([]) },
    ];
    for (const { file, options, io } of cases) {
      expect(await runNew(file, options, io, ko)).toBe(1);
      expect(io.stderr()).toMatch(/[가-힣]/);
      expect([...new Set(latinWords(io.stderr().replace(/'no hours'/, '')))], io.stderr()).toEqual([]);
    }
  });

  it('says what is wrong with the answers in Korean, each answer named in Korean too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-korean-'));
    const io = recordingIo();
    const options = { incident: ' ', meter: ['국민 신뢰'], deadline: ['hipaa'], decisions: '40' };
    expect(await runNew(join(dir, 'c.yaml'), options, io, await loadTranslator('ko'))).toBe(1);
    expect(io.stderr().split('\n').filter(Boolean)).toEqual([
      'crisis-room new: 사고: 사고 설명 칸이 비어 있습니다: 몇 단어로 적어 주십시오.',
      "crisis-room new: 기한: 'hipaa': 그런 공통 기한은 없습니다. pipa, gdpr, sec, nis2_early, nis2_notice 중에서 고르거나, 시간을 붙여 직접 기한을 정하십시오.",
      'crisis-room new: 결정 수: 결정 수는 2부터 30까지의 정수여야 합니다(지금 40).',
    ]);
    expect([...new Set(latinWords(io.stderr().replace(/'hipaa'/, '').replaceAll('crisis-room new:', '')))]).toEqual([]);
  });
});
