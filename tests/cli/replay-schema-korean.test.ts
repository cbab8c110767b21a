/**
 * `crisis-room replay` and `schema --out` in Korean (issue #20): a replay speaks the language the
 * session was played in (kept with its save) unless --lang says otherwise; schema's "Wrote" line
 * follows --lang.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPlay } from '../../src/cli/commands/play';
import { runReplay } from '../../src/cli/commands/replay';
import { recordingIo } from './recording-io';
import { runCli } from './run-cli';

const TUTORIAL = 'scenarios/tutorial.yaml';
const steps = (parse(readFileSync('scenarios/tutorial.test.yaml', 'utf8')) as { plans: { steps: string[] }[] }).plans[0]!.steps;
/** Proper names and identifiers the tutorial's Korean keeps (as tests/cli/play-korean.test.ts lists them). */
const KEPT = new Set(['IT', 'IP', 'API', 'IDOR', 'KISA', 'SNS', 'GET', 'BLOCK', 'DEPLOY', 'profile', 'api', 'm', 'daejeon', 'deals', 'PIPA', 'Art']);
const latinWords = (text: string): string[] => [...text.matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]).filter((w) => !KEPT.has(w));

async function savedIn(lang: 'en' | 'ko'): Promise<{ save: string; transcript: string }> {
  const save = join(mkdtempSync(join(tmpdir(), 'replay-korean-')), 'save.json');
  const io = recordingIo();
  expect(await runPlay(TUTORIAL, { choices: steps.join(','), seed: '1', lang, save }, io)).toBe(0);
  return { save, transcript: io.stdout() };
}

describe('crisis-room replay in Korean', () => {
  it("replays a Korean session in Korean, as it was played, and --lang en in English", async () => {
    const { save } = await savedIn('ko');
    const korean = recordingIo();
    expect(await runReplay(save, {}, korean)).toBe(0);
    expect(korean.stdout()).toMatch(/[가-힣]/);
    expect([...new Set(latinWords(korean.stdout()))]).toEqual([]);
    const english = recordingIo();
    expect(await runReplay(save, { lang: 'en' }, english)).toBe(0);
    expect(english.stdout()).not.toMatch(/[가-힣]/);
  });

  it('replays an English session in English', async () => {
    const { save } = await savedIn('en');
    const io = recordingIo();
    expect(await runReplay(save, {}, io)).toBe(0);
    expect(io.stdout()).not.toMatch(/[가-힣]/);
  });
});

describe('crisis-room schema --out in Korean', () => {
  it('says where it wrote the schema in the language asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-korean-'));
    expect(runCli('--lang', 'ko', 'schema', '--out', dir).stdout).toBe(`${join(dir, 'schema.json')}에 썼습니다\n`);
    expect(runCli('schema', '--out', dir).stdout).toBe(`Wrote ${join(dir, 'schema.json')}\n`);
  });
});
