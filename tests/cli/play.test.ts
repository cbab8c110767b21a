import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlay } from '../../src/cli/commands/play';
import { runReplay } from '../../src/cli/commands/replay';
import { recordingIo } from './recording-io';

const FLOW = 'tests/fixtures/engine/flow.yaml';
const TRIGGERS = 'tests/fixtures/engine/triggers.yaml';

describe('crisis-room play', () => {
  it('plays a scripted sequence and prints the outcome as JSON', async () => {
    const io = recordingIo();
    expect(await runPlay(FLOW, { choices: 'apologise', seed: '3', json: true }, io)).toBe(0);
    const outcome = JSON.parse(io.stdout());
    expect(outcome).toMatchObject({
      scenario: 'flow',
      seed: 3,
      ending: { id: 'good_end', title: 'Good', tone: 'good' },
      meters: { trust: 60, regulator: 55 },
      flags: { apologised: true },
      decisions: [{ choice: 'apologise', beat: 'choose', category: 'leadership', rating: 'recommended' }],
    });
    expect(io.stderr()).toBe('');
  });

  it('lets the clock run out with `expire` in a script', async () => {
    const io = recordingIo();
    expect(await runPlay(FLOW, { choices: 'expire', seed: '1', json: true }, io)).toBe(0);
    expect(JSON.parse(io.stdout()).ending.id).toBe('bad_end');
  });

  it.each([
    ['unknown', 'apologize', "crisis-room: unknown choice 'apologize': no beat of 'flow' offers it (available: apologise, silence)\n"],
    ['unavailable', 'secret', "crisis-room: cannot take 'secret' at beat 'choose': 'secret' is not available now (trust > 90) (available: apologise, silence)\n"],
  ])('exits 1 with a clear message for an %s choice', async (_kind, choice, message) => {
    const io = recordingIo();
    expect(await runPlay(FLOW, { choices: choice, json: true }, io)).toBe(1);
    expect(io.stderr()).toBe(message);
  });

  it('says why a scripted choice is refused in the language played (--lang ko)', async () => {
    const io = recordingIo();
    const tutorial = 'scenarios/tutorial.yaml';
    expect(await runPlay(tutorial, { choices: 'ceo_all_clear', lang: 'ko', json: true }, io)).toBe(1);
    expect(await runPlay(tutorial, { choices: 'nonsense', lang: 'ko', json: true }, io)).toBe(1);
    const lines = io.stderr().trim().split('\n');
    expect(lines).toEqual([
      "crisis-room: 장면 'alert'에서 'ceo_all_clear'을(를) 고를 수 없습니다: 'ceo_all_clear'은(는) 장면 'alert'의 선택지가 아닙니다 (고를 수 있는 선택지: wait_for_forensics, notify_now, confirm_small)",
      "crisis-room: 알 수 없는 선택지 'nonsense': 'tutorial_loyalty_leak'의 어느 장면에도 없습니다 (고를 수 있는 선택지: wait_for_forensics, notify_now, confirm_small)",
    ]);
  });

  it('pushes an optional inject with `push:<id>` in a script; its detour is answered, then play returns', async () => {
    const DETOUR = 'tests/fixtures/engine/detour.yaml';
    const io = recordingIo();
    expect(await runPlay(DETOUR, { choices: 'push:treasury_call,pay,speak', seed: '1' }, io)).toBe(0);
    expect(io.stdout()).toContain('== Back to: Morning ==');
    expect(io.stdout()).toContain('== Ending: Costly ==');
    const again = recordingIo();
    expect(await runPlay(DETOUR, { choices: 'push:treasury_call,pay,push:treasury_call', seed: '1', json: true }, again)).toBe(1);
    expect(again.stderr()).toBe("crisis-room: cannot push 'treasury_call' at beat 'morning': 'payment_call' was answered\n");
    const korean = recordingIo();
    expect(await runPlay(DETOUR, { choices: 'push:treasury_call,pay,push:treasury_call', seed: '1', lang: 'ko', json: true }, korean)).toBe(1);
    expect(korean.stderr()).toBe("crisis-room: 장면 'morning'에서 메시지 'treasury_call'을(를) 보낼 수 없습니다: 'payment_call'은(는) 이미 답했습니다\n");
  });

  it('exits 1 for a missing file or a bad seed', async () => {
    const io = recordingIo();
    expect(await runPlay('no/such.yaml', {}, io)).toBe(1);
    expect(await runPlay(FLOW, { seed: 'x' }, io)).toBe(1);
    expect(await runPlay(FLOW, { auto: 'smart' }, io)).toBe(1);
    expect(io.stderr()).toBe("crisis-room: no such file: no/such.yaml\ncrisis-room: --seed must be an integer, not 'x'\ncrisis-room: --auto takes 'random', not 'smart'\n");
  });

  it('plays at random reproducibly for a seed', async () => {
    const runs = await Promise.all([1, 1, 2].map(async (seed) => {
      const io = recordingIo();
      expect(await runPlay(TRIGGERS, { auto: 'random', seed: String(seed), json: true }, io)).toBe(0);
      return io.stdout();
    }));
    expect(runs[0]).toBe(runs[1]);
    expect(JSON.parse(runs[0]!).ending.id).toBe('done');
  });

  it('plays interactively from typed lines: numbers, ids, and a retry after a wrong entry', async () => {
    const io = recordingIo(['', '7', '1']);
    expect(await runPlay(FLOW, { seed: '1' }, io)).toBe(0);
    const transcript = io.stdout();
    expect(transcript).toContain('== Intro ==  Day 1 · Tue 18 Nov 2025, 09:00');
    expect(transcript).toContain('[MEMO] Chair: Welcome');
    expect(transcript).toContain('  1. Apologise  [Leadership]\n  2. Say nothing  [Leadership]\n  t. Let the clock run out (60 s; default: Say nothing)');
    expect(transcript).toContain("Not a choice here: '7'.");
    expect(transcript).toContain('== Ending: Good ==');
    expect(transcript).toMatch(/Trust\s+60\s+High/);
  });

  it('saves a session whose replay gives the identical outcome', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-room-'));
    const save = join(dir, 'run.json');
    const played = recordingIo();
    expect(await runPlay(TRIGGERS, { auto: 'random', seed: '11', json: true, save }, played)).toBe(0);
    const replayed = recordingIo();
    expect(await runReplay(save, { scenario: TRIGGERS, json: true }, replayed)).toBe(0);
    expect(replayed.stdout()).toBe(played.stdout());

    const other = recordingIo();
    expect(await runReplay(save, { scenario: FLOW, json: true }, other)).toBe(1);
    expect(other.stderr()).toBe(`crisis-room: ${save}: The save is for scenario 'triggers', not 'flow'. [other-scenario]\n`);

    const cut = join(dir, 'cut.json');
    writeFileSync(cut, readFileSync(save, 'utf8').slice(0, 200));
    const truncated = recordingIo();
    expect(await runReplay(cut, { scenario: TRIGGERS }, truncated)).toBe(1);
    expect(truncated.stderr()).toMatch(/ends early.*\[truncated\]/);
  });
});
