/**
 * `crisis-room new --lang ko` (issue #20): the wizard's questions, its usage errors and the line
 * saying what it wrote are Korean; the deadline presets' names are still the presets' English.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNew } from '../../src/cli/commands/new';
import { DEADLINE_PRESETS } from '../../src/authoring/deadline-presets';
import { loadTranslator } from '../../src/i18n/index';
import { recordingIo } from './recording-io';

/** What is typed (flags, none, the command), file paths, and the presets' names, which are data not yet translated. */
function latinWords(text: string): string[] {
  const names = DEADLINE_PRESETS.map((p) => `${p.id} (${p.name})`);
  let rest = text.replace(/--[a-z-]+|crisis-room(?: check)?|\bnone\b|\/\S+/g, '');
  for (const name of names) rest = rest.split(name).join('');
  return [...rest.matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]);
}

describe('crisis-room new in Korean', () => {
  it('asks its questions and says what it wrote in Korean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-korean-'));
    const file = join(dir, 'bank.yaml');
    const io = recordingIo(['은행 개인정보 유출', '국민 신뢰', 'none', '3']);
    expect(await runNew(file, {}, io, await loadTranslator('ko'))).toBe(0);
    expect(io.stderr()).toContain('어떤 사고입니까?');
    expect(io.stderr()).toContain('결정은 몇 개입니까? (2~');
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
});
