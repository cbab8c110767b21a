/**
 * The scenarios shipped in scenarios/*.yaml, checked at build time (vite/scenario-plugin.ts): each
 * file is its own lazily loaded JSON chunk of the checked `Scenario`, so the menu costs nothing
 * until it is shown, opening one by URL needs neither the YAML parser nor the checker, and
 * `npm start` reloads when an author saves a file.
 */
import type { Diagnostic } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/types';
import { t } from './lang/ui-language';

interface Checked {
  /** Null only under `npm start`, for a file saved with errors: the build fails on those. */
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
}

const CHECKED = import.meta.glob<Checked>(['../../scenarios/*.yaml', '!../../scenarios/*.test.yaml'], {
  query: '?scenario',
  import: 'default',
});

export interface CatalogEntry {
  /** The file name, e.g. `breach_33m.yaml`. */
  readonly file: string;
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
}

const entries = new Map<string, Promise<CatalogEntry>>();

/** Starts loading a shipped file's checked scenario (once). */
function loadEntry(path: string): Promise<CatalogEntry> {
  let entry = entries.get(path);
  if (!entry) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const load = CHECKED[path];
    entry = load
      ? load().then(({ scenario, diagnostics }) => ({ file, scenario, diagnostics }))
      : Promise.resolve({ file, scenario: null, diagnostics: [] });
    entries.set(path, entry);
  }
  return entry;
}

/** The shipped file most likely to hold scenario `id` (ids usually name their file). */
function guessPath(id: string): string | undefined {
  return Object.keys(CHECKED).find((path) => path.endsWith(`/${id}.yaml`));
}

/** Starts fetching the file `?scenario=<id>` probably names, while Phaser and the rules load. */
export function prefetchScenario(id: string): void {
  const path = guessPath(id);
  if (path) void loadEntry(path);
}

/**
 * The shipped scenario with this id, fetching only its own file when the id names it, so opening
 * one exercise by URL does not wait for every other one. A file named after the id that does not
 * check (only under `npm start`) is returned too, with `scenario: null` and its diagnostics, so
 * the author is told why rather than that there is no such exercise.
 */
export async function findShipped(id: string): Promise<CatalogEntry | undefined> {
  const path = guessPath(id);
  const named = path ? await loadEntry(path) : undefined;
  if (named?.scenario?.meta.id === id) return named;
  return findScenario(await loadCatalog(), id) ?? (named && !named.scenario ? named : undefined);
}

/** A one-line account of why a shipped file cannot be played: its first error, with its position. */
export function whyUnplayable(entry: CatalogEntry): string {
  const errors = entry.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return t('game.catalog.fails', { file: entry.file });
  const values = { file: entry.file, where: `${first.file || entry.file}:${first.range.start.line}:${first.range.start.col}`, code: first.code, message: first.message, more: errors.length - 1 };
  return t(errors.length > 1 ? 'game.catalog.failsMore' : 'game.catalog.failsFirst', values);
}

/** Every shipped scenario, shortest first: the tutorial leads, the long exercises follow. */
export async function loadCatalog(): Promise<readonly CatalogEntry[]> {
  const entries = await Promise.all(Object.keys(CHECKED).map((path) => loadEntry(path)));
  return [...entries].sort(
    (a, b) =>
      (a.scenario?.meta.durationMinutes ?? Infinity) - (b.scenario?.meta.durationMinutes ?? Infinity) ||
      a.file.localeCompare(b.file),
  );
}

export function findScenario(catalog: readonly CatalogEntry[], id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.scenario?.meta.id === id);
}
