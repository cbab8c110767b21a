import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/commands/analyze';
import { runCheck } from '../../src/cli/commands/check';
import { runGraph } from '../../src/cli/commands/graph';
import { runPlay } from '../../src/cli/commands/play';
import { COLOURS } from '../../src/cli/print-diagnostics';
import { recordingIo } from './recording-io';

const FIXTURE = 'tests/fixtures/cli/terminal-escapes.yaml';
const BROKEN = 'tests/fixtures/cli/terminal-escapes-in-check.yaml';

/** What a terminal would obey: C0 controls but tab and newline, DEL, C1 controls, bidi overrides. */
// eslint-disable-next-line no-control-regex
const OBEYED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

describe('scenario text in the terminal', () => {
  it.each([
    ['play', (io: ReturnType<typeof recordingIo>) => runPlay(FIXTURE, { auto: 'random', seed: '1' }, io)],
    ['play --json', (io: ReturnType<typeof recordingIo>) => runPlay(FIXTURE, { choices: 'stay_silent,lawyer_up', json: true }, io)],
    ['graph', (io: ReturnType<typeof recordingIo>) => runGraph(FIXTURE, {}, io)],
  ])('%s shows escapes and control characters instead of sending them', async (_command, run) => {
    const io = recordingIo();
    await run(io);
    const printed = io.stdout() + io.stderr();
    expect(printed).toMatch(/\\u001b\[2J/);
    expect(printed).not.toMatch(OBEYED);
  });

  it('analyze prints nothing a terminal would obey', async () => {
    const io = recordingIo();
    await runAnalyze(FIXTURE, {}, io);
    expect(io.stdout() + io.stderr()).not.toMatch(OBEYED);
  });

  it('play --json stays JSON that reads back to the text as written', async () => {
    const io = recordingIo();
    await runPlay(FIXTURE, { choices: 'stay_silent,lawyer_up', json: true }, io);
    expect(JSON.parse(io.stdout()).ending.title).toBe('The \u001b[2J storm');
  });

  it("check's own messages show the escapes, and its colours still work", () => {
    const io = recordingIo();
    expect(runCheck([BROKEN], {}, io, COLOURS)).toBe(1);
    // eslint-disable-next-line no-control-regex
    const printed = io.stdout().replaceAll(/\u001b\[(1|2|22|31|33|39)m/g, '');
    expect(printed).toContain("unknown beat 'sco\\u001b[2Jping'");
    expect(printed).not.toMatch(OBEYED);
    expect(io.stdout()).toContain('\u001b[31merror CR301\u001b[39m');
  });
});
