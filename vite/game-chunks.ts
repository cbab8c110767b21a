/**
 * How the game's first download is cut into chunks. The game fetches few, well-compressed files:
 * `core` (what loadCore brings), `page-english`, `shell` (what its first screens share with the
 * other pages) and `game` (its scenes and views no other page uses), beside Phaser. Left to
 * itself the bundler makes a small chunk for every set of pages that shares a module, and gzip
 * on twenty small files costs kilobytes that one file does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const GAME_ENTRY = resolve(ROOT, 'src/main.ts');
const GAME = resolve(ROOT, 'src/game.ts');
/** The module the game's loadCore imports (src/ui/core.ts). */
const CORE = resolve(ROOT, 'src/ui/core-modules.ts');

interface ModuleInfo {
  readonly importedIds: readonly string[];
  readonly dynamicallyImportedIds: readonly string[];
}
type ModuleInfoOf = (id: string) => ModuleInfo | null;

interface Reach {
  /** Statically imported from loadCore's module, at any depth. */
  readonly core: ReadonlySet<string>;
  /** Statically imported from the game's entry or from src/game.ts: what the first screens run. */
  readonly first: ReadonlySet<string>;
  /** Statically imported from the game's entry (before Phaser is asked for). */
  readonly entry: ReadonlySet<string>;
  /** Statically imported from src/game.ts. */
  readonly game: ReadonlySet<string>;
  /** What src/game.ts may ever load, its later scenes too. */
  readonly gameLater: ReadonlySet<string>;
  /** Anything another page (console, workshop, debrief viewer, live) may load. */
  readonly otherPages: ReadonlySet<string>;
}

/** The script each page other than the game's starts from (its `<script src>`). */
function otherPageEntries(): string[] {
  return readdirSync(ROOT)
    .filter((name) => name.endsWith('.html') && name !== 'index.html')
    .flatMap((name) => [...readFileSync(resolve(ROOT, name), 'utf8').matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((match) => resolve(ROOT, match[1] ?? '')));
}

function reachFrom(roots: readonly string[], getModuleInfo: ModuleInfoOf, dynamic: boolean): Set<string> {
  const reached = new Set<string>();
  const pending = [...roots];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    const info = getModuleInfo(next);
    if (!info) continue;
    pending.push(...info.importedIds);
    if (dynamic) pending.push(...info.dynamicallyImportedIds);
  }
  return reached;
}

interface ChunkingContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** One graph walk per chunking pass (its context object lives as long as the pass). */
const reaches = new WeakMap<ChunkingContext, Reach>();

function reachOf(ctx: ChunkingContext): Reach {
  let reach = reaches.get(ctx);
  if (!reach) {
    const getModuleInfo: ModuleInfoOf = (id) => ctx.getModuleInfo(id);
    const entry = reachFrom([GAME_ENTRY], getModuleInfo, false);
    const game = reachFrom([GAME], getModuleInfo, false);
    reach = {
      core: reachFrom([CORE], getModuleInfo, false),
      first: new Set([...entry, ...game]),
      entry,
      game,
      gameLater: reachFrom([GAME], getModuleInfo, true),
      otherPages: reachFrom(otherPageEntries(), getModuleInfo, true),
    };
    reaches.set(ctx, reach);
  }
  return reach;
}

type NameOf = (id: string, ctx: ChunkingContext) => string | null;

/**
 * Stylesheets are left where Vite puts them: grouped with the scripts, the game's styles would
 * ride into every page that shares a script with it (the console's buttons took the game's rules).
 */
const named =
  (name: string, test: (id: string, reach: Reach) => boolean): NameOf =>
  (id, ctx) =>
    !/\.css($|\?)/.test(id) && test(id, reachOf(ctx)) ? name : null;

/**
 * The groups, highest priority first: a module goes to the first that takes it, and a group also
 * takes what its modules import that no higher group took. So `core` holds all that loadCore's
 * module imports, nothing in it imports `shell` or `game`, and the chunks load one way:
 * game -> shell -> core.
 */
export const gameChunks = [
  // Phaser is almost all of the bundle: its own long-cached chunk.
  { debugName: 'phaser', name: named('phaser', (id) => id.includes('node_modules/phaser/')), priority: 60 },
  // The report's English: the debrief pages, the workshop and the game's lazy debrief share it,
  // and it must not ride in a chunk the game loads first (a shared DOM helper, say).
  { debugName: 'debrief-english', name: named('debrief-english', (id) => /\/src\/i18n\/locales\/en\/debrief\.json$/.test(id)), priority: 50 },
  // Every page's first English (common and the game's first screens' words): named as what it
  // is, so it is never taken for the game's own chunk.
  { debugName: 'page-english', name: named('page-english', (id) => /\/src\/i18n\/locales\/en\/(common|game)\.json$/.test(id)), priority: 50 },
  { debugName: 'core', name: named('core', (id, reach) => reach.core.has(id)), priority: 40 },
  // What the first screens share with another page, or the entry with the game's own chunk.
  { debugName: 'shell', name: named('shell', (id, reach) => reach.first.has(id) && (reach.otherPages.has(id) || (reach.entry.has(id) && reach.gameLater.has(id)))), priority: 30 },
  // Not what the entry imports too: the entry would then wait for this chunk, and it for Phaser.
  { debugName: 'game', name: named('game', (id, reach) => reach.game.has(id) && !reach.entry.has(id) && !reach.otherPages.has(id)), priority: 20, includeDependenciesRecursively: false },
];
