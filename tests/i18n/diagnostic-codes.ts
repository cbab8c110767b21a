import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every diagnostic code the source emits or names ('CR601'), sorted. */
export const DIAGNOSTIC_CODES: readonly string[] = [
  ...new Set(files(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(CR\d{3})'/g)].map((m) => m[1] ?? ''))),
].sort();
