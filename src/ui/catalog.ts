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

/** Loads and checks every shipped scenario; a broken one is listed with its diagnostics. */
export async function loadCatalog(core: Core): Promise<readonly CatalogEntry[]> {
  const entries = await Promise.all(
    Object.entries(SOURCES).map(async ([path, load]) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const source = await load();
      const { scenario, diagnostics } = core.loadScenario(source, { file });
      return { file, source, scenario, diagnostics };
    }),
  );
  // Shortest first: the tutorial leads, the long exercises follow.
  return entries.sort(
    (a, b) =>
      (a.scenario?.meta.durationMinutes ?? Infinity) - (b.scenario?.meta.durationMinutes ?? Infinity) ||
      a.file.localeCompare(b.file),
  );
}

export function findScenario(catalog: readonly CatalogEntry[], id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.scenario?.meta.id === id);
}
