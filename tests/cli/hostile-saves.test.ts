import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../src/cli/commands/compare';
import { runDebrief } from '../../src/cli/commands/debrief';
import { runReplay } from '../../src/cli/commands/replay';
import { buildReport, toJson } from '../../src/debrief/index';
import type { SaveFile } from '../../src/engine/types';
import { fixtureScenario, playSession } from '../debrief/play';
import { recordingIo } from './recording-io';

const SCENARIO = new URL('../fixtures/debrief/breach-mini.yaml', import.meta.url).pathname;
const scenario = fixtureScenario('breach-mini');
let dir = '';

type Json = Record<string, unknown> & { log: Record<string, unknown>[]; state: Record<string, unknown> };

/** Green's genuine run scores 28; Blue's scores 90. */
function play(team: 'Green' | 'Blue'): SaveFile {
  const { session, tick } = playSession(scenario, team);
  tick(45);
  session.choose(team === 'Green' ? 'stay_silent' : 'disclose_early');
  tick(60);
  session.choose(team === 'Green' ? 'lawyer_up' : 'file_report');
  return JSON.parse(JSON.stringify(session.save())) as SaveFile;
}

function write(name: string, data: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

const copy = (save: unknown): Json => JSON.parse(JSON.stringify(save)) as Json;

/** Runs a command: its exit code and what it wrote, or the internal error it threw. */
async function outcome(run: (io: ReturnType<typeof recordingIo>) => Promise<number>): Promise<{ code: number | string; out: string; err: string }> {
  const io = recordingIo();
  try {
    const code = await run(io);
    return { code, out: io.stdout(), err: io.stderr().replaceAll(dir, '<dir>') };
  } catch (error) {
    return { code: `internal error: ${error instanceof Error ? error.message : String(error)}`, out: io.stdout(), err: '' };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-saves-'));
});

describe('crisis-room debrief of a rewritten save', () => {
  it('shows no score when the hash was changed and the state rewritten to a perfect run', async () => {
    const forged = copy(play('Green'));
    const perfect = play('Blue');
    forged.scenario = { ...(forged.scenario as object), hash: '0'.repeat(64) };
    forged.state = perfect.state as unknown as Record<string, unknown>;
    const file = write('forged.save.json', forged);
    const result = await outcome((io) => runDebrief(file, { scenario: SCENARIO }, io));
    expect(result.code).toBe(1);
    expect(result.out).not.toMatch(/\/100/);
    expect(result.err).toContain('unverified');
  });
});

describe('crisis-room compare of edited exports', () => {
  it('ranks each team by the score its embedded save replays to, not the one written in the export', async () => {
    const edited = JSON.parse(toJson(buildReport(scenario, play('Green')))) as { score: { overall: number } };
    edited.score.overall = 99;
    const files = [write('blue.json', toJson(buildReport(scenario, play('Blue')))), write('green.json', edited)];
    const result = await outcome((io) => runCompare(files, { scenario: SCENARIO }, io));
    expect(result.code).toBe(0);
    expect(result.out).toContain('| Overall | 90 | 28 |');
  });
});

describe('a save naming its scenario with pattern characters', () => {
  it.each([['(?:[\\s\\S]+)+Q'], ['(tutorial'], ['.*']])('looks for the id %s literally', async (id) => {
    const save = copy(play('Green'));
    save.scenario = { ...(save.scenario as object), id };
    const file = write('pattern.save.json', save);
    const replay = await outcome((io) => runReplay(file, {}, io));
    expect(replay).toEqual({ code: 1, out: '', err: expect.stringContaining(`cannot find the scenario '${id}'`) as unknown });
    const debrief = await outcome((io) => runDebrief(file, {}, io));
    expect(debrief).toEqual({ code: 1, out: '', err: expect.stringContaining(`cannot find the scenario '${id}'`) as unknown });
  });
});

describe('malformed saves and exports', () => {
  const genuine = (): Json => copy(play('Green'));
  const cases: [string, () => unknown][] = [
    ['a wall time of -1e300 under a changed hash', () => {
      const save = genuine();
      save.scenario = { ...(save.scenario as object), hash: 'x' };
      save.log[1]!.wall = -1e300;
      return save;
    }],
    ['objects in the chosen list under a changed hash', () => {
      const save = genuine();
      save.scenario = { ...(save.scenario as object), hash: 'x' };
      save.state.chosen = [{ id: 'x' }, { toString: 1 }];
      return save;
    }],
    ['a garbage log under a changed hash', () => {
      const save = genuine();
      save.scenario = { ...(save.scenario as object), hash: 'x' };
      save.log = [{ junk: true }, 1, null] as unknown as Record<string, unknown>[];
      return save;
    }],
    ['a huge observer note', () => {
      const save = genuine();
      save.log.push({ ...save.log[1]!, seq: save.log.length, event: { type: 'facilitator.note', text: 'x'.repeat(200_000) }, notices: [], accepted: true });
      return save;
    }],
    ['null decisions in an export', () => {
      const report = JSON.parse(toJson(buildReport(scenario, play('Green')))) as Record<string, unknown>;
      report.decisions = [null, null];
      report.score = { ...(report.score as object), overall: 100 };
      return report;
    }],
    ['an export whose save is null', () => {
      const report = JSON.parse(toJson(buildReport(scenario, play('Green')))) as Record<string, unknown>;
      report.save = null;
      return report;
    }],
  ];
  it.each(cases)('gives a message, never an internal error or a forged score, for %s', async (_name, make) => {
    const file = write('malformed.json', make());
    const result = await outcome((io) => runDebrief(file, { scenario: SCENARIO }, io));
    // Only an export whose save inside is genuine gives a report: the one that save replays to.
    if (_name === 'null decisions in an export') expect(result.out).toContain('**Overall: 28/100**');
    else {
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/^crisis-room: <dir>\/malformed\.json: .{10,300}\n$/);
    }
  });

  it('refuses a file larger than any save before reading it', async () => {
    const file = write('huge.save.json', `{"format":"crisis-room-save","pad":"${'x'.repeat(17 * 1024 * 1024)}"}`);
    const result = await outcome((io) => runDebrief(file, { scenario: SCENARIO }, io));
    expect(result).toEqual({ code: 1, out: '', err: 'crisis-room: <dir>/huge.save.json is larger than any save or debrief export (16 MB at most)\n' });
  });
});
