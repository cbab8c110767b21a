/**
 * The game's English comes in two files (src/i18n/locales/en/index.ts): game.json with the first
 * download, game-later.json with the later scenes' chunk (src/ui/scenes/later.ts). A word of the
 * later file used by a module of the first download would show as its key until that chunk
 * arrived: this test fails instead. It follows the static imports from the source files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import gameLater from '../../src/i18n/locales/en/game-later.json';
import gameFirst from '../../src/i18n/locales/en/game.json';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = resolve(ROOT, 'src');

/** The modules `file` imports for their values (type-only imports load nothing). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^import\s+(?!type\s)(?:[\s\S]*?\sfrom\s+)?'(\.[^']+)';/gm)].map((match) => match[1] ?? '');
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, resolve(base, 'index.ts')].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
    return found ? [found] : [];
  });
}

function reach(...roots: string[]): Set<string> {
  const reached = new Set<string>();
  const pending = roots.map((root) => resolve(SRC, root));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    pending.push(...staticImports(next));
  }
  return reached;
}

/** "consequence.title" -> "consequence": the groups of keys the later file holds. */
const laterGroups = [...new Set(Object.keys(gameLater).map((key) => key.split('.')[0] ?? key))];

describe("the game's later English", () => {
  it('shares no key with the first download', () => {
    expect(Object.keys(gameLater).filter((key) => Object.hasOwn(gameFirst, key))).toEqual([]);
    expect(laterGroups.filter((group) => Object.keys(gameFirst).some((key) => key.startsWith(`${group}.`)))).toEqual([]);
  });

  it('is spoken only by modules that load with the later scenes', () => {
    const first = reach('main.ts', 'game.ts');
    const later = reach('ui/scenes/later.ts');
    const speakers = [...later, ...first].filter((file) => {
      const source = readFileSync(file, 'utf8');
      return laterGroups.some((group) => source.includes(`game.${group}.`));
    });
    expect(speakers.length, 'the later scenes speak the later words').toBeGreaterThan(0);
    const early = speakers.filter((file) => first.has(file)).map((file) => relative(ROOT, file));
    expect(early, 'modules of the first download using words of game-later.json').toEqual([]);
  });
});
