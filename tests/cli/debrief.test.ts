import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../src/cli/commands/compare';
import { runDebrief } from '../../src/cli/commands/debrief';
import { main } from '../../src/cli/main';
import { parseCsv, readReport } from '../../src/debrief/index';
import { fixtureScenario, playSession } from '../debrief/play';

const SCENARIO = new URL('../fixtures/debrief/breach-mini.yaml', import.meta.url).pathname;
let dir = '';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) },
    out,
    err,
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'debrief-cli-'));
  const scenario = fixtureScenario('breach-mini');
  const blue = playSession(scenario, 'Blue');
  blue.tick(50);
  blue.session.choose('disclose_early');
  blue.session.choose('file_report');
  writeFileSync(join(dir, 'blue.save.json'), JSON.stringify(blue.session.save()));
  const green = playSession(scenario, 'Green');
  green.session.choose('stay_silent');
  green.session.choose('lawyer_up');
  writeFileSync(join(dir, 'green.save.json'), JSON.stringify(green.session.save()));
  writeFileSync(join(dir, 'broken.json'), '{"format": "crisis-room-save", "log": [');
});

describe('crisis-room debrief', () => {
  it('writes each format to --out and the files read back', async () => {
    for (const format of ['md', 'json', 'csv', 'plan-csv', 'html']) {
      const { io, err } = capture();
      const out = join(dir, `blue.${format}`);
      expect(
        await runDebrief(join(dir, 'blue.save.json'), { format, out, scenario: SCENARIO }, io),
      ).toBe(0);
      expect(err.join('')).toBe(`wrote ${out}\n`);
    }
    expect(readFileSync(join(dir, 'blue.md'), 'utf8')).toMatch(
      /^# After-action report: Mini breach\n/,
    );
    expect(readReport(readFileSync(join(dir, 'blue.json'), 'utf8')).ok).toBe(true);
    expect(parseCsv(readFileSync(join(dir, 'blue.csv'), 'utf8'))).toHaveLength(3);
    expect(parseCsv(readFileSync(join(dir, 'blue.plan-csv'), 'utf8'))[0]).toContain('due_days');
    expect(readFileSync(join(dir, 'blue.html'), 'utf8')).toMatch(/<\/html>\n$/);
  });

  it('adds the best path from the analysis with --best-path', async () => {
    const { io, out } = capture();
    expect(
      await runDebrief(
        join(dir, 'blue.save.json'),
        { format: 'md', scenario: SCENARIO, bestPath: true },
        io,
      ),
    ).toBe(0);
    expect(out.join('')).toContain('## Best path\n\nThe highest-scoring playthrough scores 90.');
  });

  it('rebuilds a debrief JSON export from the save inside it, with its scenario', async () => {
    const { io, out } = capture();
    expect(await runDebrief(join(dir, 'blue.json'), { format: 'md', scenario: SCENARIO }, io)).toBe(0);
    expect(out.join('')).toContain('**Overall: 90/100**');
  });

  it('shows no score for an export whose scenario cannot be found: it is unverified', async () => {
    const { io, out, err } = capture();
    expect(await runDebrief(join(dir, 'blue.json'), { format: 'md' }, io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('')).toBe(
      `crisis-room: ${join(dir, 'blue.json')}: unverified: team "Blue" cannot be replayed because its scenario "breach_mini" is not available to replay it; no report or score is shown\n`,
    );
  });

  it('fails with one clear line and exit 1 on bad input', async () => {
    const cases: [string, Record<string, string>][] = [
      ['broken.json', { scenario: SCENARIO }],
      ['missing.json', {}],
      ['blue.save.json', { format: 'pdf', scenario: SCENARIO }],
      [
        'blue.save.json',
        { scenario: new URL('../../scenarios/tutorial.yaml', import.meta.url).pathname },
      ],
    ];
    const messages = [];
    for (const [file, options] of cases) {
      const { io, err, out } = capture();
      expect(await runDebrief(join(dir, file), options, io)).toBe(1);
      expect(out).toEqual([]);
      messages.push(err.join('').replaceAll(dir, '<dir>'));
    }
    expect(messages).toMatchInlineSnapshot(`
      [
        "crisis-room: <dir>/broken.json is not JSON (is it cut short?)
      ",
        "crisis-room: no such file: <dir>/missing.json
      ",
        "crisis-room: unknown format 'pdf': use one of md, json, csv, plan-csv, html
      ",
        "crisis-room: <dir>/blue.save.json: unverified: team "Blue" cannot be replayed because the save is for scenario 'breach_mini', not 'tutorial_loyalty_leak'; no report or score is shown
      ",
      ]
    `);
  });

  it('runs through main with the scenario found beside the save', async () => {
    writeFileSync(join(dir, 'breach-mini.yaml'), readFileSync(SCENARIO));
    const code = await main([
      'debrief',
      join(dir, 'green.save.json'),
      '--format',
      'json',
      '--out',
      join(dir, 'green.json'),
    ]);
    expect(code).toBe(0);
  });
});

describe('crisis-room compare', () => {
  it('puts two teams side by side and names the first beat where they diverged', async () => {
    await main([
      'debrief',
      join(dir, 'green.save.json'),
      '--format',
      'json',
      '--out',
      join(dir, 'green.json'),
      '--scenario',
      SCENARIO,
    ]);
    const { io, out } = capture();
    expect(
      await runCompare([join(dir, 'blue.json'), join(dir, 'green.json')], { format: 'md' }, io),
    ).toBe(0);
    const md = out.join('');
    expect(md).toContain('| Overall | 90 | 28 |');
    expect(md).toContain('At decision 1, "Complaints \\<at\\> the desk":');
    const csv = capture();
    expect(
      await runCompare(
        [join(dir, 'blue.json'), join(dir, 'green.json')],
        { format: 'csv' },
        csv.io,
      ),
    ).toBe(0);
    const rows = parseCsv(csv.out.join(''));
    expect(rows.map((r) => r.length)).toEqual([rows[0]?.length, rows[0]?.length, rows[0]?.length]);
    expect(rows.map((r) => [r[0], r[2], r[6]])).toMatchInlineSnapshot(`
      [
        [
          "team",
          "overall",
          "ending",
        ],
        [
          "Blue",
          "90",
          "Steady hands",
        ],
        [
          "Green",
          "28",
          "The storm",
        ],
      ]
    `);
  });

  it('refuses a file from another scenario version, a save, or a single file', async () => {
    const other = JSON.parse(readFileSync(join(dir, 'green.json'), 'utf8'));
    // Played on another version: the hash differs, so it cannot be replayed on this one.
    other.overview.version = '2.0.0';
    other.overview.hash = other.save.scenario.hash = 'f'.repeat(64);
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other));
    const messages = [];
    for (const files of [
      ['blue.json', 'other.json'],
      ['blue.json', 'green.save.json'],
      ['blue.json'],
    ]) {
      const { io, err } = capture();
      expect(
        await runCompare(
          files.map((f) => join(dir, f)),
          {},
          io,
        ),
      ).toBe(1);
      messages.push(err.join('').replaceAll(dir, '<dir>'));
    }
    expect(messages).toMatchInlineSnapshot(`
      [
        "<dir>/blue.json: unsigned
      <dir>/other.json: unsigned
      crisis-room: <dir>/other.json: unverified: team "Green" cannot be replayed because it was played on another version of "breach_mini" (open the scenario file it was played on to verify it); no report or score is shown; left out of the comparison
      crisis-room: compare needs at least two debrief exports that replay to their results; only one does
      ",
        "<dir>/blue.json: unsigned
      crisis-room: <dir>/green.save.json: this is a session save, not a debrief export: open it with its scenario to build the debrief; make its export first: crisis-room debrief <dir>/green.save.json --format json --out <file>
      ",
        "crisis-room: compare needs at least two debrief JSON exports
      ",
      ]
    `);
  });
});
