import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlay } from '../../src/cli/commands/play';
import { readScenario } from '../../src/cli/scenario-file';
import { playInteractively } from '../../src/cli/terminal-play';
import { restore } from '../../src/engine/restore';
import { recordingIo } from './recording-io';

const CHOICE_ORDER = 'tests/fixtures/engine/choice-order.yaml';

/** Every menu the transcript printed for a prompt: its numbered lines. */
function menus(transcript: string, prompt: string): string[][] {
  return transcript
    .split(`\n${prompt}\n`)
    .slice(1)
    .map((part) => part.split('\n').filter((line) => /^ {2}\d+\. /.test(line)));
}

async function firstMenu(seed: number): Promise<string[]> {
  const io = recordingIo(['q']);
  expect(await runPlay(CHOICE_ORDER, { seed: String(seed) }, io)).toBe(0);
  return menus(io.stdout(), 'What do you say?')[0]!;
}

describe('crisis-room play: choice order', () => {
  it('numbers the choices in an order that follows the seed', async () => {
    const [one, two] = await Promise.all([firstMenu(1), firstMenu(2)]);
    expect(one).toHaveLength(5);
    expect(one).not.toEqual(two);
    expect([...one!].map((line) => line.replace(/^ {2}\d+\. /, '')).sort()).toEqual([...two!].map((line) => line.replace(/^ {2}\d+\. /, '')).sort());
    expect(await firstMenu(1)).toEqual(one);
  });

  it('takes the choice shown at the typed number, and keeps file order on a fixed decision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-room-'));
    const save = join(dir, 'run.json');
    // A seed whose first shown choice leads on to the ladder (think_again would come back).
    let seed = 1;
    while ((await firstMenu(seed))[0]!.includes('think_again')) seed++;
    const io = recordingIo(['1', '1']);
    expect(await runPlay(CHOICE_ORDER, { seed: String(seed), save }, io)).toBe(0);
    const shown = menus(io.stdout(), 'What do you say?')[0]![0]!.replace(/^ {2}1\. Choice (\w+) .*$/, '$1');
    const chosen = JSON.parse(readFileSync(save, 'utf8')).state.chosen;
    expect(chosen).toEqual([shown, 'watch']);
    expect(menus(io.stdout(), 'How far do you escalate?')[0]).toEqual(['  1. Choice watch  [Disclosure]', '  2. Choice warn  [Disclosure]', '  3. Choice escalate  [Disclosure]']);
  });

  it('shows a resumed save the same order as the session that saved it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-room-'));
    const save = join(dir, 'run.json');
    const seed = 5;
    const first = await firstMenu(seed);
    const again = String(first.findIndex((line) => line.includes('think_again')) + 1);
    const played = recordingIo([again]);
    expect(await runPlay(CHOICE_ORDER, { seed: String(seed), save }, played)).toBe(0);
    const [before, revisit] = menus(played.stdout(), 'What do you say?');
    expect(before).toEqual(first);
    // The second visit has its own shuffle (and the choice think_again unlocked).
    expect(revisit).toHaveLength(6);
    expect(revisit!.filter((line) => !line.includes('retract')).map((line) => line.slice(5))).not.toEqual(first.map((line) => line.slice(5)));

    const restored = restore(readFileSync(save, 'utf8'), readScenario(CHOICE_ORDER));
    if (!restored.ok) throw new Error(restored.error.message);
    const resumed = recordingIo(['q']);
    expect(await playInteractively(resumed, restored.session)).toBe('stopped');
    expect(menus(resumed.stdout(), 'What do you say?')[0]).toEqual(revisit);
  });
});
