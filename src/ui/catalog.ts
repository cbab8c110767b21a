/**
 * The scenarios shipped in scenarios/*.yaml. Each file is its own lazily loaded chunk of raw text,
 * so the menu costs nothing until it is shown and `npm start` reloads when an author saves a file.
 */
import type { Diagnostic } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/types';
import type { Core } from './core';

const SOURCES = import.meta.glob<string>(['../../scenarios/*.yaml', '!../../scenarios/*.test.yaml'], {
  query: '?raw',
  import: 'default',
});

export interface CatalogEntry {
  /** The file name, e.g. `breach_33m.yaml`. */
  readonly file: string;
  readonly source: string;
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
}

const texts = new Map<string, Promise<string>>();
const entries = new Map<string, Promise<CatalogEntry>>();

/** Starts fetching a file's text (once); `?scenario=` asks for its file before the rules arrive. */
function fetchText(path: string): Promise<string> | undefined {
  const load = SOURCES[path];
  if (!load) return undefined;
  let text = texts.get(path);
  if (!text) texts.set(path, (text = load()));
  return text;
}

function loadEntry(core: Core, path: string): Promise<CatalogEntry> {
  let entry = entries.get(path);
  if (!entry) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    entry = (fetchText(path) ?? Promise.resolve('')).then((source) => {
      const { scenario, diagnostics } = core.loadScenario(source, { file });
      return { file, source, scenario, diagnostics };
    });
    entries.set(path, entry);
  }
  return entry;
}

/** The shipped file most likely to hold scenario `id` (ids usually name their file). */
function guessPath(id: string): string | undefined {
  return Object.keys(SOURCES).find((path) => path.endsWith(`/${id}.yaml`));
}

/** Fetches the text of the file `?scenario=<id>` probably names, while Phaser and the rules load. */
export function prefetchScenario(id: string): void {
  const path = guessPath(id);
  if (path) void fetchText(path);
}

/**
 * The shipped scenario with this id, checking only its own file when the id names it, so opening
 * one exercise by URL does not wait for every other one to be checked.
 */
export async function findShipped(core: Core, id: string): Promise<CatalogEntry | undefined> {
  const path = guessPath(id);
  if (path) {
    const entry = await loadEntry(core, path);
    if (entry.scenario?.meta.id === id) return entry;
  }
  return findScenario(await loadCatalog(core), id);
}

/** Loads and checks every shipped scenario; a broken one is listed with its diagnostics. */
export async function loadCatalog(core: Core): Promise<readonly CatalogEntry[]> {
  const entries = await Promise.all(Object.keys(SOURCES).map((path) => loadEntry(core, path)));
  // Shortest first: the tutorial leads, the long exercises follow.
  return [...entries].sort(
    (a, b) =>
      (a.scenario?.meta.durationMinutes ?? Infinity) - (b.scenario?.meta.durationMinutes ?? Infinity) ||
      a.file.localeCompare(b.file),
  );
}

export function findScenario(catalog: readonly CatalogEntry[], id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.scenario?.meta.id === id);
}
