import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rules live in one pure core that runs unchanged in the browser, the CLI and workers. ESLint
 * enforces this too; this test is the second lock, and it also catches `eval`-like constructs and
 * markup sinks anywhere in src/.
 */
const ROOT = resolve(import.meta.dirname, '..');
const CORE = ['scenario', 'engine', 'analysis', 'debrief', 'authoring'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

const FORBIDDEN_IMPORT = /from\s+['"](phaser|node:[^'"]*|fs|path|os|child_process)['"]/;
const DOM_GLOBAL = /(?<![\w.])(window|document|localStorage|sessionStorage|navigator)\s*\./;

describe('architecture', () => {
  it('keeps Phaser, the DOM and Node modules out of the core', () => {
    const offences = CORE.flatMap((layer) =>
      sourceFiles(resolve(ROOT, 'src', layer)).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}` }))
          .filter(({ line }) => !/^\s*(\/\/|\/\*|\*)/.test(line))
          .filter(({ line }) => FORBIDDEN_IMPORT.test(line) || DOM_GLOBAL.test(line))
          .map(({ line, at }) => `${at}: ${line.trim()}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('never turns text into code or markup anywhere in src', () => {
    const offences = sourceFiles(resolve(ROOT, 'src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return /\beval\(|new Function\(|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML\(/.test(text)
        ? [relative(ROOT, file)]
        : [];
    });
    expect(offences).toEqual([]);
  });
});
