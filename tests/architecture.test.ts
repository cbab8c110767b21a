import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rules live in one pure core that runs unchanged in the browser, the CLI and workers. ESLint
 * enforces this too; this test is the second lock, and it also catches `eval`-like constructs and
 * markup sinks anywhere in src/.
 */
const ROOT = resolve(import.meta.dirname, '..');
const CORE = ['scenario', 'engine', 'analysis', 'debrief', 'authoring', 'i18n'];

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

  it('keeps the engine wordless: it imports no language (the floors and the debrief word it)', () => {
    const offences = sourceFiles(resolve(ROOT, 'src/engine')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)]
        .filter((match) => resolve(file, '..', match[1]!).startsWith(resolve(ROOT, 'src/i18n')))
        .map((match) => `${relative(ROOT, file)} imports ${match[1]!}`),
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

  it('keeps the live-session server a floor: nothing imports it, and it imports no UI', () => {
    const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!);
    const server = resolve(ROOT, 'src/server');
    const offences = sourceFiles(resolve(ROOT, 'src')).flatMap((file) => {
      const inServer = file.startsWith(server);
      return imports(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => resolve(file, '..', spec))
        .filter((target) => (inServer ? target.startsWith(resolve(ROOT, 'src/ui')) : target.startsWith(server)))
        .map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
    });
    expect(offences).toEqual([]);
  });

  it('keeps the live protocol to types both sides share', () => {
    const text = readFileSync(resolve(ROOT, 'src/protocol/live.ts'), 'utf8');
    expect(text).not.toMatch(/^import\s(?!type\b)/m);
    expect(text).not.toMatch(/^export\s+(const|function|class|let)\b/m);
  });
});
