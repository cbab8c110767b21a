import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

describe('crisis-room schema', { timeout: 60_000 }, () => {
  it('prints the JSON Schema that scenarios/schema.json holds', () => {
    const { code, stdout, stderr } = runCli('schema');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(readFileSync(`${repoRoot}scenarios/schema.json`, 'utf8'));
    expect((JSON.parse(stdout) as { $schema: string }).$schema).toBe(
      'http://json-schema.org/draft-07/schema#',
    );
  });

  it('lists check and schema in the tool help', () => {
    const { code, stdout } = runCli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/check \[options\] <files\.\.\.>/);
    expect(stdout).toMatch(/schema \[options\]\s+print the JSON Schema/);
    expect(stdout).toMatch(/new \[options\] <file>\s+write a new scenario/);
  });
});
