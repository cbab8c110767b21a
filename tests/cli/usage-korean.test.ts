/**
 * Commander's own usage errors under --lang ko (issue #20): said in Korean with the names and flags
 * they carry; English stays commander's words exactly.
 */
import { describe, expect, it } from 'vitest';
import { runCli, runCliWith } from './run-cli';

/** What a user types or the program's name: commands, flags and their values. */
const latinWords = (text: string): string[] =>
  [...text.replace(/crisis-room|--[a-z]+|\b(?:graph|check|chek|jsn|json|en|ko|xx)\b/g, '').matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]);

describe("commander's usage errors in Korean", { timeout: 60_000 }, () => {
  it.each([
    [['check'], "crisis-room: 오류: 필요한 인수 '파일'이(가) 없습니다 (crisis-room --help 참고)\n"],
    [['check', '--jsn', 'x'], "crisis-room: 오류: 알 수 없는 옵션 '--jsn' (--json을(를) 쓰려던 것입니까?) (crisis-room --help 참고)\n"],
    [['chek'], "crisis-room: 오류: 알 수 없는 명령 'chek' (check을(를) 쓰려던 것입니까?) (crisis-room --help 참고)\n"],
    [['graph', 'a', 'b'], 'crisis-room: 오류: 인수가 너무 많습니다. 1개를 기대했지만 2개를 받았습니다. (crisis-room --help 참고)\n'],
    [['--lang', 'xx', 'check'], "crisis-room: 오류: 옵션 '--lang <언어코드>'의 값 'xx'이(가) 올바르지 않습니다. 다음 중 하나를 쓰십시오: en, ko (crisis-room --help 참고)\n"],
  ])('crisis-room --lang ko %j', (args, expected) => {
    const run = runCliWith({ LANG: 'ko_KR.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' }, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(expected);
    expect(latinWords(run.stderr)).toEqual([]);
  });

  it('keeps English as commander words it', () => {
    expect(runCli('--lang', 'en', 'graph', 'a', 'b').stderr).toBe("crisis-room: error: too many arguments for 'graph'. Expected 1 argument but got 2. (see crisis-room --help)\n");
    expect(runCli('--lang', 'en', 'chek').stderr).toBe("crisis-room: error: unknown command 'chek' (Did you mean check?) (see crisis-room --help)\n");
  });
});
