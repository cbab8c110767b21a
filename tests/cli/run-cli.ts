import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `node bin/crisis-room.js <args>` from the repository root, as a user would. */
export function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runCliWith({}, ...args);
}

/** The same, with these environment variables set (a terminal's `LANG`). */
export function runCliWith(env: Readonly<Record<string, string>>, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/crisis-room.js', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
