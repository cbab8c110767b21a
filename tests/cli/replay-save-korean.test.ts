/**
 * Why a save cannot be replayed, in the reader's language (issue #20): the engine refuses a save
 * with a code, a reason and values beside its English; the CLI words it from the `files` catalog,
 * whose English is the engine's sentence word for word.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplay } from '../../src/cli/commands/replay';
import { readScenario } from '../../src/cli/scenario-file';
import { createSession, verifySave, type RestoreReason } from '../../src/engine/index';
import { english, loadTranslator, saveErrorText } from '../../src/i18n/index';
import { recordingIo } from './recording-io';
import { verifiedReport } from '../../src/debrief/verify';

const TUTORIAL = 'scenarios/tutorial.yaml';
const scenario = readScenario(TUTORIAL);
const session = createSession(scenario, { seed: 7, lang: 'ko' });
const good = session.save() as unknown as Record<string, unknown>;
const text = JSON.stringify(good);
const edited = (change: Record<string, unknown>): Record<string, unknown> => ({ ...good, ...change });
const log = good.log as unknown[];

/** One damaged save for each way the engine can refuse one. */
const BAD: readonly (readonly [RestoreReason, unknown])[] = [
  ['tooLarge', ' '.repeat(16 * 1024 * 1024 + 1)],
  ['truncated', text.slice(0, text.length / 2)],
  ['unreadable', 'not json at all'],
  ['notASave', '{}'],
  ['version', edited({ version: 99 })],
  ['otherScenario', edited({ scenario: { id: 'someone_else', hash: 'x' } })],
  ['changedScenario', edited({ scenario: { ...(good.scenario as object), hash: 'changed', version: '0.0.1' } })],
  ['noScenarioId', edited({ scenario: null })],
  ['seed', edited({ seed: 1.5 })],
  ['team', edited({ team: 7 })],
  ['lang', edited({ lang: 'not a language' })],
  ['logTooLong', edited({ log: new Array(20_001).fill(log[0]) })],
  ['logDamaged', edited({ log: [{}] })],
  ['logStart', edited({ log: log.slice(1) })],
  ['savedAt', edited({ savedAt: 'yesterday' })],
  ['logMismatch', edited({ log: [{ ...(log[0] as object), seq: 3 }, ...log.slice(1)] })],
  ['stateMismatch', edited({ finished: !good.finished })],
];

/** What a Korean sentence may keep: the product's name, the file format's, the ids and versions a save names (session.start: an event's). */
const KEPT = ['Crisis', 'Room', 'JSON', 'someone_else', scenario.meta.id, 'session', 'start'];
const stray = (said: string): string[] => [...new Set([...said.matchAll(/[A-Za-z][A-Za-z_]*/g)].map((m) => m[0]))].filter((word) => word.length >= 3 && !KEPT.includes(word));

describe('a save that cannot be replayed, in Korean', () => {
  it.each(BAD)('%s: the English catalog is the engine sentence; the Korean has no English', async (reason, save) => {
    const checked = verifySave(save, scenario);
    if (checked.ok) throw new Error(`${reason}: the save was accepted`);
    expect(checked.error.reason).toBe(reason);
    const en = await loadTranslator('en');
    expect(saveErrorText(checked.error, en)).toBe(checked.error.message);
    const ko = await loadTranslator('ko');
    const korean = saveErrorText(checked.error, ko);
    expect(korean).not.toBe(checked.error.message);
    expect(stray(korean)).toEqual([]);
  });

  it('replay says it in Korean with --lang ko, and in English as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-save-korean-'));
    const file = join(dir, 'old.json');
    writeFileSync(file, JSON.stringify(edited({ version: 99 })));
    const io = recordingIo();
    expect(await runReplay(file, { scenario: TUTORIAL }, io, await loadTranslator('ko'))).toBe(1);
    expect(io.stderr()).toBe(`crisis-room: ${file}: 저장 파일의 형식은 99판입니다. 이 Crisis Room은 1판을 읽습니다. [version]\n`);
    const plain = recordingIo();
    expect(await runReplay(file, { scenario: TUTORIAL }, plain, english)).toBe(1);
    expect(plain.stderr()).toBe(`crisis-room: ${file}: The save is format version 99; this version of Crisis Room reads version 1. [version]\n`);
  });

  it('replay and the debrief say where a tampered log parts from its replay, in Korean from its code and values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-save-korean-'));
    const file = join(dir, 'tampered.json');
    const tampered = edited({ log: [{ ...(log[0] as object), seq: 3 }, ...log.slice(1)] });
    writeFileSync(file, JSON.stringify(tampered));
    const io = recordingIo();
    expect(await runReplay(file, { scenario: TUTORIAL }, io, await loadTranslator('ko'))).toBe(1);
    expect(io.stderr()).toBe(`crisis-room: ${file}: 저장 파일의 기록이 다시 재생한 결과와 맞지 않습니다: 항목 0(session.start)의 번호가 3번으로 적혀 있습니다. [corrupt]\n`);
    const plain = recordingIo();
    expect(await runReplay(file, { scenario: TUTORIAL }, plain, english)).toBe(1);
    expect(plain.stderr()).toBe(`crisis-room: ${file}: The save's log does not match its replay: entry 0 (session.start) is numbered 3. [corrupt]\n`);
    const checked = verifiedReport(scenario, tampered, { tr: await loadTranslator('ko') });
    expect(checked.ok ? '' : checked.unverified.reason).toBe('저장 파일의 기록이 다시 재생한 결과와 맞지 않습니다: 항목 0(session.start)의 번호가 3번으로 적혀 있습니다');
    const inEnglish = verifiedReport(scenario, tampered);
    expect(inEnglish.ok ? '' : inEnglish.unverified.reason).toBe("the save's log does not match its replay: entry 0 (session.start) is numbered 3");
  });

  it("debrief's unverified reason is worded the same way", async () => {
    const ko = await loadTranslator('ko');
    const checked = verifiedReport(scenario, edited({ seed: 1.5 }), { tr: ko });
    expect(checked.ok ? '' : checked.unverified.reason).toBe('저장 파일에 올바른 시드 값이 없습니다');
    const plain = verifiedReport(scenario, edited({ seed: 1.5 }));
    expect(plain.ok ? '' : plain.unverified.reason).toBe('the save has no valid seed');
  });
});
