import { readFileSync, readdirSync, statSync } from 'node:fs';
import { MAX_SAVE_CHARS } from '../engine/save-limits';
import { join, resolve } from 'node:path';
import { formatDiagnostic, loadScenario, type Scenario, type SourcePositions } from '../scenario/index';
import { UsageError } from './io';
import { english, type Translator } from '../i18n/index';
import { PLAIN, printDiagnostics } from './print-diagnostics';

/** Why `file` could not be read (a failed open or read), in the reader's language. */
export function unreadableText(file: string, error: unknown, tr: Translator = english): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? tr.t('files.missing', { file }) : code === 'EISDIR' ? tr.t('files.directory', { file }) : tr.t('files.unreadable', { file, reason: code ?? String(error) });
}

/** Reads a file as UTF-8 text, or fails with a message naming it, in the reader's language. */
export function readText(file: string, tr: Translator = english): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(unreadableText(file, error, tr));
  }
}

/**
 * Reads a session save or debrief export, refusing one larger than any session writes before
 * reading it whole.
 */
export function readSave(file: string, tr: Translator = english): string {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // readText names the problem.
  }
  if (size > MAX_SAVE_CHARS)
    throw new UsageError(tr.t('files.tooLargeSave', { file, mb: MAX_SAVE_CHARS / 1024 / 1024 }));
  const text = readText(file, tr);
  return text;
}

/** Loads and checks a scenario file; its errors become one message with code frames. */
export function readScenario(file: string, tr: Translator = english): Scenario {
  return readScenarioWithPositions(file, tr).scenario;
}

/** `readScenario`, with the loader's positions of the file (for reports that point at lines). */
export function readScenarioWithPositions(file: string, tr: Translator = english): { scenario: Scenario; positions?: SourcePositions } {
  const source = readText(file, tr);
  const { scenario, diagnostics, positions } = loadScenario(source, { file });
  if (!scenario) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    // English as the scenario layer formats it; another language as check prints it.
    const said = tr.lang === 'en' ? errors.map((diagnostic) => formatDiagnostic(diagnostic, source)).join('\n') : printDiagnostics(errors, source, PLAIN, tr).trimEnd();
    throw new UsageError(`${tr.t('files.scenarioErrors', { file, n: errors.length })}\n${said}`);
  }
  return positions ? { scenario, positions } : { scenario };
}

/**
 * The ids a scenario file declares on top-level `id:` lines, read literally: the id to find
 * comes from a save, so it is compared as text and never becomes a pattern.
 */
function declaredIds(source: string): string[] {
  return [...source.matchAll(/^id:[ \t]*(["']?)([^"'\r\n]*?)\1[ \t]*$/gm)].map((match) => match[2] ?? '');
}

/** Finds the scenario file whose id is `id`: `<dir>/<id>.yaml` first, then any YAML in `dir`. */
export function findScenarioById(id: string, dirs: readonly string[]): string | null {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.yaml') && !name.endsWith('.test.yaml'));
    } catch {
      continue;
    }
    const ordered = [...names.filter((name) => name === `${id}.yaml`), ...names.filter((name) => name !== `${id}.yaml`)];
    for (const name of ordered) {
      const source = readFileSync(join(dir, name), 'utf8');
      if (!declaredIds(source).includes(id)) continue;
      return resolve(dir, name);
    }
  }
  return null;
}
