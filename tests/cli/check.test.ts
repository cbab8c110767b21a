import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from './run-cli';

const FIX = 'tests/fixtures/scenario';

describe('crisis-room check', { timeout: 60_000 }, () => {
  it('exits 0 with a clean summary when the scenario has no problems', () => {
    const { code, stdout, stderr } = runCli('check', 'scenarios/tutorial.yaml');
    expect({ code, stdout, stderr }).toEqual({
      code: 0,
      stdout: '0 errors and 0 warnings in 1 file\n',
      stderr: '',
    });
  });

  it('prints file:line:col, the code and a code frame, then exits 1 when there is an error', () => {
    const { code, stdout } = runCli('check', `${FIX}/unknown-beat.yaml`);
    expect(code).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "tests/fixtures/scenario/unknown-beat.yaml:23:17: error CR301: unknown beat 'frist'; did you mean 'first'?
        21 |           label: Act
        22 |           effects: { trust: 5 }
      > 23 |           next: frist
           |                 ^^^^^
        24 |           feedback: Good.
        25 |           rating: recommended

      1 error and 0 warnings in 1 file
      "
    `);
  });

  it('checks several files and sums up errors and warnings', () => {
    const { code, stdout } = runCli(
      'check',
      'scenarios/tutorial.yaml',
      `${FIX}/unknown-start.yaml`,
      `${FIX}/unreachable-beat.yaml`,
    );
    expect(code).toBe(1);
    expect(stdout.match(/^\S+:\d+:\d+: (error|warning) CR\d{3}: .*$/gm)).toEqual([
      `${FIX}/unknown-start.yaml:12:8: error CR301: unknown beat 'firts'; did you mean 'first'?`,
      `${FIX}/unreachable-beat.yaml:26:9: warning CR401: beat 'second' cannot be reached from the start beat 'first'; lead a choice or next to it, or remove it`,
    ]);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 error and 1 warning in 3 files');
  });

  it('passes warnings by default and fails them with --strict', () => {
    expect(runCli('check', `${FIX}/unreachable-beat.yaml`).code).toBe(0);
    expect(runCli('check', '--strict', `${FIX}/unreachable-beat.yaml`).code).toBe(1);
  });

  it('prints the diagnostics as JSON with --json', () => {
    const { code, stdout } = runCli('check', '--json', `${FIX}/unknown-meter.yaml`);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      files: number;
      errors: number;
      warnings: number;
      diagnostics: unknown[];
    };
    expect(report).toMatchObject({ files: 1, errors: 1, warnings: 0 });
    expect(report.diagnostics).toEqual([
      {
        code: 'CR302',
        severity: 'error',
        message: "unknown meter 'trsut'; did you mean 'trust'?",
        file: `${FIX}/unknown-meter.yaml`,
        range: {
          start: { line: 22, col: 22, offset: expect.any(Number) as unknown },
          end: { line: 22, col: 27, offset: expect.any(Number) as unknown },
        },
        path: 'beats[0].decision.choices[0].effects.trsut',
      },
    ]);
  });

  it('exits 2 with one line and no stack trace on a usage error', () => {
    for (const args of [['check'], ['check', '--jsn', 'x.yaml'], ['chek']]) {
      const { code, stdout, stderr } = runCli(...args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^crisis-room: error: /);
      expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });

  it('exits 2 when a file cannot be read, and still checks the others', () => {
    const { code, stdout, stderr } = runCli(
      'check',
      'no-such-file.yaml',
      'scenarios/tutorial.yaml',
    );
    expect(code).toBe(2);
    expect(stderr).toBe('crisis-room: no such file: no-such-file.yaml\n');
    expect(stdout).toBe('0 errors and 0 warnings in 1 file\n');
  });

  it('checks every scenario of a directory, leaving out test plans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-room-check-'));
    try {
      copyFileSync(`${repoRoot}scenarios/tutorial.yaml`, join(dir, 'a.yaml'));
      copyFileSync(`${repoRoot}${FIX}/unreachable-beat.yaml`, join(dir, 'b.yaml'));
      writeFileSync(join(dir, 'a.test.yaml'), 'not: a scenario\n');
      const { code, stdout } = runCli('check', dir);
      expect(code).toBe(0);
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('0 errors and 1 warning in 2 files');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a 20 MB file after reading only past the size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-room-check-'));
    try {
      const file = join(dir, 'huge.yaml');
      writeFileSync(file, `title: ${'x'.repeat(20 * 1024 * 1024)}\n`);
      const { code, stdout, stderr } = runCli('check', file);
      expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
      expect(stdout.split('\n')[0]).toBe(
        `${file}:1:1: error CR101: file is larger than 1 MiB; a scenario should be far smaller`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('documents itself with --help', () => {
    const { code, stdout } = runCli('check', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--strict');
    expect(stdout).toContain('Exit status');
  });
});
