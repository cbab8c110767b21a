/**
 * The JavaScript a built page fetches before anything is lazily imported: its module script and
 * every `<link rel="modulepreload">`, gzipped one file at a time as a server would send them.
 * Shared by the budget test (initial-budget.test.ts) and `npm run bench:web`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialScripts {
  /** Gzipped bytes of Phaser's chunk. */
  readonly phaser: number;
  /** Gzipped bytes of every other initial script. */
  readonly rest: number;
  /** The initial scripts, as the page names them (assets/…). */
  readonly files: readonly string[];
}

export function initialScripts(dir: string, html: string): InitialScripts {
  const page = readFileSync(resolve(dir, html), 'utf8');
  const files = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  let phaser = 0;
  let rest = 0;
  for (const file of files) {
    const size = gzipSync(readFileSync(resolve(dir, file))).length;
    if (/(^|\/)phaser-[\w-]+\.js$/.test(file)) phaser += size;
    else rest += size;
  }
  return { phaser, rest, files };
}
