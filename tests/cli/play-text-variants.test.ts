import { describe, expect, it } from 'vitest';
import { runPlay } from '../../src/cli/commands/play';
import { recordingIo } from './recording-io';

const TEXTS = 'tests/fixtures/engine/text-variants.yaml';

describe('crisis-room play, texts that follow the play', () => {
  it('prints the inject and epilogue variants the engine picked', async () => {
    const io = recordingIo();
    expect(await runPlay(TEXTS, { choices: 'blame', seed: '1' }, io)).toBe(0);
    const out = io.stdout();
    expect(out).toContain('Trust is below 40 and members say so.');
    expect(out).toContain('You blamed the vendor and told no one.');
    expect(out).not.toContain('You told no one.');
    expect(out).toContain('Never told.');
  });

  it('prints the fallback headline and the variant epilogue of a team that told', async () => {
    const io = recordingIo();
    expect(await runPlay(TEXTS, { choices: 'tell', seed: '1' }, io)).toBe(0);
    const out = io.stdout();
    expect(out).toContain(': Welcome');
    expect(out).toContain('Told in time.');
  });

  it("prints the choice's outcome story, as the engine picked it, right under the choice", async () => {
    const told = recordingIo();
    expect(await runPlay(TEXTS, { choices: 'tell', seed: '1' }, told)).toBe(0);
    expect(told.stdout()).toContain('> Tell members\n  Members thank you for telling them.\n');
    expect(told.stdout()).not.toContain('Members read the notice and wait.');
    const blamed = recordingIo();
    expect(await runPlay(TEXTS, { choices: 'blame', seed: '1' }, blamed)).toBe(0);
    expect(blamed.stdout()).toContain("> Blame the vendor\n  The vendor's lawyers answer within the hour.\n");
  });
});
