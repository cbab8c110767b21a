/**
 * A scenario file the live server refuses, in the facilitator page's language (issue #20): the
 * server sends the loader's first errors as data (code, line, column, phrases), and the page words
 * them as the workshop does. The message stays bounded however broken the file is. A refused
 * message names its field in words, its JSON path kept for logs.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import live from '../../../src/i18n/locales/en/live.json';
import { joinError, JOIN_REFUSED } from '../../../src/server/join-refusals';
import { schemaError, validateConsole, validateIntent, validateJoin } from '../../../src/server/messages';
import { REFUSED } from '../../../src/server/refusals';
import { loadSource } from '../../../src/server/scenarios';
import { SHOWN_ERRORS } from '../../../src/server/scenario-errors';
import { addPageEnglish, useLanguage } from '../../../src/ui/lang/ui-language';
import { describe as describeError } from '../../../src/ui/live/connection';
import { joinRefusal, refusedWords } from '../../../src/ui/live/refused';

addPageEnglish({ live });
const hadDocument = 'document' in globalThis;
if (!hadDocument) Object.assign(globalThis, { document: { documentElement: {} } });
afterAll(() => {
  if (!hadDocument) Reflect.deleteProperty(globalThis, 'document');
});
afterEach(async () => useLanguage('en'));

/** What the facilitator's page says when the server refuses `source`, as colyseus.js hands it the refusal. */
function refusedFile(source: string): { said: string; message: string } {
  const loaded = loadSource(source);
  if (loaded.ok) throw new Error('the scenario loaded');
  const error = joinError(loaded.refused);
  const message = error.message;
  return { said: describeError(Object.assign(new Error(message), { code: error.code }), 'http://server'), message };
}

/** Six missing keys (CR202) on line 1 and an empty list of beats (CR207) on line 3. */
const BROKEN = 'format: 1\nid: broken\nbeats: []\n';
/** Latin words of three letters or more but diagnostic codes and the keys the file lacks. */
const latinLeft = (text: string): string[] =>
  (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !['title', 'summary', 'meters', 'start', 'endings', 'beats'].includes(word));

describe('a scenario file the live server refuses', () => {
  it('sends its first errors as data: code, line, column and phrases, and how many more', () => {
    const refusal = joinRefusal(refusedFile(BROKEN).message);
    expect(refusal?.code).toBe('scenarioErrors');
    expect(refusal?.values).toMatchObject({ count: '6', more: '1' });
    expect(refusal?.diagnostics).toHaveLength(SHOWN_ERRORS);
    expect(refusal?.diagnostics?.[0]).toEqual({
      code: 'CR202',
      line: 1,
      col: 1,
      message: "scenario is missing 'title'",
      words: [{ key: 'CR202', values: { noun: { key: 'noun.scenario' }, key: 'title' } }],
    });
    // The English reason stays for logs, as `check` headlines the errors.
    expect(refusal?.reason).toMatch(/^The scenario has 6 errors: opened file:1:1: error CR202: scenario is missing 'title';.*; and 1 more$/);
  });

  it('words them in English with their lines on an English page', async () => {
    await useLanguage('en');
    const lines = refusedFile(BROKEN).said.split('\n');
    expect(lines[0]).toBe('The scenario has 6 errors:');
    expect(lines[1]).toBe("line 1, column 1: CR202 scenario is missing 'title'");
    expect(lines).toHaveLength(1 + SHOWN_ERRORS + 1);
    expect(lines.at(-1)).toBe('and 1 more error: open the file in the workshop to see them all.');
  });

  it('words them in Korean with their lines on a Korean page, no English left but codes and keys', async () => {
    await useLanguage('ko');
    const { said } = refusedFile(BROKEN);
    const lines = said.split('\n');
    expect(lines[0]).toBe('시나리오에 오류가 6개 있습니다:');
    expect(lines[1]).toBe("1행 1열: CR202 시나리오에 'title' 항목이 없습니다");
    expect(lines.at(-1)).toMatch(/^그 밖의 오류 1개는/);
    expect(latinLeft(said), said).toEqual([]);
    // One error only: no "more" line.
    const one = refusedFile('format: 1\nid: broken\ntitle: T\nsummary: S\nmeters: []\nstart: a\nendings: []\nbeats: []\n').said.split('\n');
    expect(one.filter((line) => line.startsWith('그 밖의'))).toEqual([]);
  });

  it('stays bounded however many errors and however long their values', () => {
    const beats = Array.from({ length: 200 }, (_, i) => `  - id: b${i}\n    next: ${'x'.repeat(2000)}${i}\n`).join('');
    const source = `format: 1\nid: broken\ntitle: T\nsummary: S\nmeters: []\nstart: b0\nendings: []\nbeats:\n${beats}`;
    const { message } = refusedFile(source);
    expect(joinRefusal(message)?.diagnostics).toHaveLength(SHOWN_ERRORS);
    expect(message.length).toBeLessThan(16 * 1024);
  });

  it('words a session whose stored scenario no longer loads, with its errors, in Korean', async () => {
    const loaded = loadSource(BROKEN);
    if (loaded.ok) throw new Error('the scenario loaded');
    const error = joinError(JOIN_REFUSED.storedScenario('ABCDEFGHJK', loaded.refused.refusal));
    expect(joinRefusal(error.message)?.reason).toMatch(/^The stored scenario of session ABCDEFGHJK no longer loads: The scenario has 6 errors: /);
    await useLanguage('ko');
    const said = describeError(Object.assign(new Error(error.message), { code: error.code }), 'http://server');
    const lines = said.split('\n');
    expect(lines[0]).toBe('이 세션(ABCDEFGHJK)을 시작한 시나리오를 이 서버에서 더 이상 불러올 수 없습니다.');
    expect(lines[1]).toBe('시나리오에 오류가 6개 있습니다:');
    expect(lines[2]).toBe("1행 1열: CR202 시나리오에 'title' 항목이 없습니다");
    expect(latinLeft(said.replace('ABCDEFGHJK', '')), said).toEqual([]);
  });

  it('shows a refusal without errors of the right shape in its own words', async () => {
    await useLanguage('ko');
    const shaped = JSON.stringify({ reason: 'The scenario has 1 error: x', code: 'scenarioErrors', values: { count: '1', more: '0', errors: 'x' }, diagnostics: [{ code: 'CR202', line: 0, col: 1, message: 'm' }] });
    expect(joinRefusal(shaped)?.diagnostics).toBeUndefined();
  });
});

describe('a refused message names its field in words', () => {
  const problem = (validate: typeof validateIntent | typeof validateConsole | typeof validateJoin, message: unknown) => (validate(message), schemaError(validate));

  it('in the English the server sends, the JSON path kept in the values', () => {
    const long = REFUSED.invalidMessage(problem(validateIntent, { nonce: 1, at: 0, kind: 'choose', choice: 'c'.repeat(101) }));
    expect(long.text).toBe('the choice must NOT have more than 100 characters');
    expect(long.values).toMatchObject({ field: '/choice', rule: 'maxLength', limit: '100' });
    expect(REFUSED.invalidMessage(problem(validateIntent, { nonce: 1, at: 200_000, kind: 'choose' })).text).toBe('the log position must be <= 100000');
    expect(REFUSED.invalidMessage(problem(validateConsole, { nonce: 1, team: 'red', command: { kind: 'dance' } })).text).toBe("the command's kind must be equal to one of the allowed values");
  });

  it('in Korean on a Korean page, with no JSON path or field name left', async () => {
    await useLanguage('ko');
    const said = (refusal: { text: string; code: string; values: Readonly<Record<string, string>> }): string => refusedWords({ reason: refusal.text, code: refusal.code, values: refusal.values });
    const long = said(REFUSED.invalidMessage(problem(validateIntent, { nonce: 1, at: 0, kind: 'choose', choice: 'c'.repeat(101) })));
    expect(long).toBe('메시지 형식이 올바르지 않습니다: 선택지은(는) 100자를 넘을 수 없습니다');
    const seconds = said(REFUSED.invalidMessage(problem(validateIntent, { nonce: 1, at: 200_000, kind: 'choose' })));
    expect(seconds).toBe('메시지 형식이 올바르지 않습니다: 기록 위치은(는) 100000 이하여야 합니다');
    const missing = said(REFUSED.invalidMessage(problem(validateIntent, { nonce: 1, at: 0 })));
    expect(missing).toContain('요청 종류 항목이 빠졌습니다');
    const join = JOIN_REFUSED.joinInvalid(problem(validateJoin, { code: 'ABCDEFGHJK', team: 'x'.repeat(41) })).refusal;
    const team = said(join);
    expect(team).toContain('팀은(는) 40자를');
    for (const text of [long, seconds, missing, team]) expect(text.match(/[A-Za-z/]{3,}/g) ?? [], text).toEqual([]);
  });
});
