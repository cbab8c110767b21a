/**
 * The two refusals that name a finer cause (issue #20): where a save's log parts from its replay
 * (`logMismatch`) and why the engine could not replay it (`replayFailed`) are data, codes and
 * values, worded by the floor (saveErrorText) in English, word for word the engine's sentence,
 * and in Korean with no English but ids.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { restore, verifySave, type RestoreDetailCode } from '../../src/engine/index';
import type { SaveFile } from '../../src/engine/types';
import { english, loadTranslator, saveErrorText } from '../../src/i18n/index';
import { fixtureScenario, playSession } from '../debrief/play';

/** What openSession throws instead of replaying, and whether its machine takes no step, while a test sets them. */
const opening = vi.hoisted(() => ({ throws: null as unknown, stuck: false }));
vi.mock('../../src/engine/machine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/machine')>();
  return {
    ...actual,
    // The scenario's machine, or one that starts where it starts and takes no step at all.
    createScenarioMachine: (...args: Parameters<typeof actual.createScenarioMachine>) => {
      const real = actual.createScenarioMachine(...args);
      if (!opening.stuck) return real;
      return createMachine({ context: ({ input }: { input: unknown }) => createActor(real, { input: input as { seed: number } }).getSnapshot().context }) as unknown as typeof real;
    },
  };
});
vi.mock('../../src/engine/session', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/session')>();
  return {
    ...actual,
    openSession: (...args: Parameters<typeof actual.openSession>) => {
      if (opening.throws !== null) throw opening.throws;
      return actual.openSession(...args);
    },
  };
});

const scenario = fixtureScenario('breach-mini');
const { session } = playSession(scenario, 'Blue');
session.choose('disclose_early');
session.choose('file_report');
const good = JSON.parse(JSON.stringify(session.save())) as SaveFile;

type Entry = Record<string, unknown>;
/** The good save with its log changed by `change`. */
const tampered = (change: (log: Entry[]) => void): unknown => {
  const copy = JSON.parse(JSON.stringify(good)) as { log: Entry[] };
  change(copy.log);
  return copy;
};

/** One log for each way an entry can part from its replay, with the entry it names. */
const MISMATCHES: readonly (readonly [RestoreDetailCode, (log: Entry[]) => void, string])[] = [
  ['wall', (log) => void (log[1]!.wall = -1), '1'],
  ['seq', (log) => void (log[2]!.seq = 7), '2'],
  ['position', (log) => void (log[2]!.beat = 'detection'), '2'],
  // The first choice again, where the exercise has ended: the replay refuses it.
  ['markedAccepted', (log) => void log.push({ ...log[1]!, seq: log.length, beat: good.state.beat, time: good.state.time, accepted: true, notices: [] }), String(good.log.length)],
  ['markedRefused', (log) => void (log[2]!.accepted = false), '2'],
  ['notices', (log) => void (log[1]!.notices = []), '1'],
];

/** Latin words a Korean sentence may keep: the ids a save names (event types, beats). */
const IDS = new Set(['player', 'choose', 'session', 'start', 'detection', 'regulator', 'TypeError', 'StuckMachine', ...scenario.beats.map((beat) => beat.id)]);
const stray = (said: string): string[] => [...new Set(said.match(/[A-Za-z][A-Za-z_]*/g) ?? [])].filter((word) => word.length >= 3 && !IDS.has(word));

afterEach(() => {
  opening.throws = null;
  opening.stuck = false;
});

describe('where a save’s log parts from its replay', () => {
  it.each(MISMATCHES)('%s: a code and values, in English as the engine says it and in Korean', async (problem, change, entry) => {
    const checked = verifySave(tampered(change), scenario);
    if (checked.ok) throw new Error(`${problem}: the tampered save was accepted`);
    expect(checked.error).toMatchObject({ reason: 'logMismatch', values: {}, detail: { code: problem, values: { entry } } });
    expect(saveErrorText(checked.error, english)).toBe(checked.error.message);
    const korean = saveErrorText(checked.error, await loadTranslator('ko'));
    expect(korean).toMatch(/^저장 파일의 기록이 다시 재생한 결과와 맞지 않습니다: 항목 \d+\(/);
    expect(korean).toContain(`항목 ${entry}(`);
    expect(stray(korean)).toEqual([]);
  });

  it('names both places of a misplaced entry', async () => {
    const checked = verifySave(tampered((log) => void (log[2]!.beat = 'detection')), scenario);
    if (checked.ok) throw new Error('accepted');
    const { beat, replayBeat } = checked.error.detail?.values ?? {};
    expect(beat).toBe('detection');
    expect(replayBeat).not.toBe('detection');
    const korean = saveErrorText(checked.error, await loadTranslator('ko'));
    expect(korean).toContain(`장면 'detection'`);
    expect(korean).toContain(`다시 재생하면 장면 '${replayBeat}'`);
  });
});

describe('a log the engine cannot replay', () => {
  it('says where the machine stuck, in English and Korean', async () => {
    // The pure rules replay the log; the machine, stuck at the first beat, does not.
    opening.stuck = true;
    const first = good.log[1]!;
    const restored = restore(good, scenario);
    if (restored.ok) throw new Error('restored');
    expect(restored.error).toMatchObject({ code: 'corrupt', reason: 'replayFailed', values: {}, detail: { code: 'machineStuck', values: { event: first.event.type, beat: first.beat } } });
    expect(saveErrorText(restored.error, english)).toBe(restored.error.message);
    expect(restored.error.message).toBe(`The save's log cannot be replayed: the scenario's machine took no transition for player.choose at beat '${first.beat}'.`);
    const korean = saveErrorText(restored.error, await loadTranslator('ko'));
    expect(korean).toBe(`저장 파일의 기록을 다시 재생할 수 없습니다: 시나리오의 상태 기계가 장면 '${first.beat}'에서 player.choose에 반응하지 않았습니다.`);
  });

  it('names an exception by its kind only: its English text stays in the message, for logs', async () => {
    opening.throws = new TypeError('cannot read properties of undefined');
    const restored = restore(good, scenario);
    if (restored.ok) throw new Error('restored');
    expect(restored.error).toMatchObject({ reason: 'replayFailed', detail: { code: 'engineFailed', values: { error: 'TypeError' } } });
    expect(restored.error.message).toContain('cannot read properties of undefined');
    expect(saveErrorText(restored.error, english)).toBe("The save's log cannot be replayed: the engine stopped with TypeError.");
    const korean = saveErrorText(restored.error, await loadTranslator('ko'));
    expect(korean).toBe('저장 파일의 기록을 다시 재생할 수 없습니다: 엔진이 TypeError 오류로 멈췄습니다.');
    expect(stray(korean)).toEqual([]);
  });
});
