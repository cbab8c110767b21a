/**
 * The CLI's file doors with `--lang ko` (issue #20): a file that is missing, a directory, too large
 * for a save, or a save whose scenario cannot be found is said in Korean; the English stays as the
 * tests of each command pin it.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplay } from '../../src/cli/commands/replay';
import { runDebrief } from '../../src/cli/commands/debrief';
import { runRandomTest } from '../../src/cli/commands/randomtest';
import { runCheck } from '../../src/cli/commands/check';
import { english, loadTranslator } from '../../src/i18n/index';
import { recordingIo } from './recording-io';

/** Latin words left, once the paths, the options typed and the product's name are taken out. */
const latinWords = (text: string): string[] => [...text.replace(/(?:\S*\/\S*|--[a-z-]+|<file>|crisis-room|Crisis Room|'[^']*')/g, '').matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]);

describe('the CLI\'s file errors in Korean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-korean-'));
  const unknown = join(dir, 'unknown.save.json');
  writeFileSync(unknown, JSON.stringify({ scenario: { id: 'no_such_scenario' } }));
  const garbled = join(dir, 'garbled.save.json');
  writeFileSync(garbled, 'not json');
  const huge = join(dir, 'huge.save.json');
  writeFileSync(huge, '');
  truncateSync(huge, 17 * 1024 * 1024);

  it('says a missing file in English by default, as before', async () => {
    const io = recordingIo();
    expect(await runReplay(join(dir, 'missing.json'), {}, io)).toBe(1);
    expect(io.stderr()).toBe(`crisis-room: no such file: ${join(dir, 'missing.json')}\n`);
  });

  it('says every file problem in Korean', async () => {
    const ko = await loadTranslator('ko');
    const cases: [() => Promise<number>, ReturnType<typeof recordingIo>, string][] = [];
    const run = (body: (io: ReturnType<typeof recordingIo>) => Promise<number>, expected: string): void => {
      const io = recordingIo();
      cases.push([() => body(io), io, expected]);
    };
    run((io) => runReplay(join(dir, 'missing.json'), {}, io, ko), `파일이 없습니다: ${join(dir, 'missing.json')}`);
    run((io) => runReplay(dir, {}, io, ko), `${dir}은(는) 디렉터리입니다`);
    run((io) => runReplay(unknown, {}, io, ko), `scenarios/와 ${unknown} 옆 어디에서도 시나리오 'no_such_scenario'을(를) 찾을 수 없습니다. --scenario <file>을 지정하십시오`);
    run((io) => runReplay(garbled, {}, io, ko), `${garbled}은(는) 읽을 수 있는 Crisis Room 저장 파일이 아닙니다. 까닭을 보려면 --scenario <file>을 지정하십시오`);
    run((io) => runReplay(unknown, { scenario: join(dir, 'nowhere.yaml') }, io, ko), `파일이 없습니다: ${join(dir, 'nowhere.yaml')}`);
    run((io) => runDebrief(huge, {}, io, ko), `${huge}은(는) 어떤 저장 파일이나 디브리프 내보내기보다 큽니다(최대 16MB)`);
    run((io) => runRandomTest(join(dir, 'nowhere.yaml'), { runs: '1', seed: '1' }, io, ko), `파일이 없습니다: ${join(dir, 'nowhere.yaml')}`);
    for (const [body, io, expected] of cases) {
      expect(await body()).toBe(1);
      expect(io.stderr()).toBe(`crisis-room: ${expected}\n`);
      expect(latinWords(io.stderr()), io.stderr()).toEqual([]);
    }
  });

  it('says in Korean which file check could not read, and still checks the rest', async () => {
    const ko = await loadTranslator('ko');
    const io = recordingIo();
    expect(runCheck([join(dir, 'missing.yaml'), dir], {}, io, undefined, ko)).toBe(2);
    expect(io.stderr()).toBe(`crisis-room: 파일이 없습니다: ${join(dir, 'missing.yaml')}\n`);
    expect(latinWords(io.stderr()), io.stderr()).toEqual([]);
  });

  it('keeps the too-large message in English by default', async () => {
    const io = recordingIo();
    expect(await runDebrief(huge, {}, io, english)).toBe(1);
    expect(io.stderr()).toBe(`crisis-room: ${huge} is larger than any save or debrief export (16 MB at most)\n`);
  });
});
