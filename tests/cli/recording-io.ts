import type { Io } from '../../src/cli/io';

/** An Io that records what a command writes; `lines` feed interactive play. */
export function recordingIo(lines?: readonly string[]): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  let wall = 1_700_000_000_000;
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    now: () => (wall += 1000),
    ...(lines ? { input: (async function* () { yield* lines; })() } : {}),
    stdout: () => out,
    stderr: () => err,
  };
}
