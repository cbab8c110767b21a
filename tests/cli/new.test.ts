import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'crisis-room-new-'));

describe('crisis-room new', { timeout: 60_000 }, () => {
  it('writes a scenario that checks, and the schema its modeline names beside it', () => {
    const dir = scratch();
    const file = join(dir, 'hospital.yaml');
    const made = runCli('new', file, '--incident', "Ransomware at St. Mary's: #2", '--meter', 'Public trust', '--meter', 'Legal exposure', '--deadline', 'gdpr,sec', '--custom-deadline', 'Brief the board:48', '--decisions', '5');
    expect(made).toEqual({ code: 0, stderr: '', stdout: `Wrote ${file} and ${join(dir, 'schema.json')}. Check it with: crisis-room check ${file}\n` });
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    expect(readFileSync(join(dir, 'schema.json'), 'utf8')).toBe(readFileSync(`${repoRoot}scenarios/schema.json`, 'utf8'));
    expect(runCli('check', file)).toMatchObject({ code: 0, stdout: '0 errors and 0 warnings in 1 file\n' });
  });

  it('asks for the answers the options do not give, one a line', () => {
    const file = join(scratch(), 'bank.yaml');
    const run = spawnSync(process.execPath, ['bin/crisis-room.js', 'new', file], { cwd: repoRoot, encoding: 'utf8', input: 'Data leak at a bank\nTrust, Exposure\nnis2_early, nis2_notice\n3\n' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('What is the incident?');
    expect(run.stderr).toContain('pipa (PIPA 72 hours)');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('id: nis2_early');
    expect(text).toContain('title: Data leak at a bank');
    expect(runCli('check', file).code).toBe(0);
  });

  it('says what is wrong with each answer, and refuses to overwrite a file without --force', () => {
    const file = join(scratch(), 'x.yaml');
    const bad = runCli('new', file, '--incident', 'Leak', '--meter', 'Trust', '--deadline', 'hipaa', '--decisions', '40');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      "crisis-room new: deadlines: There is no common deadline 'hipaa': use pipa, gdpr, sec, nis2_early or nis2_notice, or give your own with its hours.\n" +
        'crisis-room new: decisions: The number of decisions should be a whole number from 2 to 30 (it is 40).\n',
    );
    writeFileSync(file, 'mine');
    const kept = runCli('new', file, '--incident', 'Leak', '--meter', 'Trust', '--deadline', 'none', '--decisions', '2');
    expect(kept).toMatchObject({ code: 1, stderr: `crisis-room: ${file} already exists; choose another name or add --force to replace it\n` });
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('schema --out writes schema.json into the folder', () => {
    const dir = join(scratch(), 'nested');
    expect(runCli('schema', '--out', dir)).toEqual({ code: 0, stderr: '', stdout: `Wrote ${join(dir, 'schema.json')}\n` });
    expect(readFileSync(join(dir, 'schema.json'), 'utf8')).toBe(readFileSync(`${repoRoot}scenarios/schema.json`, 'utf8'));
  });
});
