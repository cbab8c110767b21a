import { placeholder } from '../help-words';
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES, loadScenario, type Diagnostic } from '../../scenario/index';
import type { Io } from '../io';
import { paintFor, PLAIN, printDiagnostics, summary, type Paint } from '../print-diagnostics';
import { showControls } from '../terminal-text';
import { english, type Translator } from '../../i18n/index';
import { diagnosticMessage } from '../../i18n/diagnostic-words';
import { unreadableText } from '../scenario-file';

export interface CheckOptions {
  readonly json?: boolean;
  readonly strict?: boolean;
}

/** One file's source and diagnostics, or why it could not be read. */
interface Checked {
  readonly file: string;
  readonly source: string;
  readonly diagnostics: Diagnostic[];
  readonly unreadable?: string;
}

/**
 * Reads a file as UTF-8. A file over the size limit is read only up to just past it: the loader
 * refuses it either way, and a 20 MB file then costs no more than a 1 MB one. An unreadable file
 * says why in the reader's language, worded as every other command words it.
 */
export function readSource(
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
  tr: Translator = english,
): { source: string } | { unreadable: string } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).isDirectory()) return { unreadable: tr.t('files.directory', { file }) };
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes + 1));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { source: buffer.subarray(0, read).toString('utf8') };
  } catch (error) {
    return { unreadable: unreadableText(file, error, tr) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A directory stands for the scenarios in it: its `*.yaml` files except `*.test.yaml` plans. */
export function expandDirectory(file: string): string[] {
  try {
    if (!statSync(file).isDirectory()) return [file];
  } catch {
    return [file];
  }
  return readdirSync(file)
    .filter((name) => /\.ya?ml$/.test(name) && !/\.test\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(file, name));
}

export function checkFile(file: string, tr: Translator = english): Checked {
  const read = readSource(file, DEFAULT_MAX_BYTES, tr);
  if ('unreadable' in read)
    return { file, source: '', diagnostics: [], unreadable: read.unreadable };
  return {
    file,
    source: read.source,
    diagnostics: loadScenario(read.source, { file, maxBytes: DEFAULT_MAX_BYTES }).diagnostics,
  };
}

/**
 * `crisis-room check <files...>`: every diagnostic of every file, then a summary. Exit 0 when
 * clean, 1 on any error (or warning with --strict), 2 when a file cannot be read.
 */
export function runCheck(
  files: readonly string[],
  options: CheckOptions,
  io: Io,
  paint: Paint = PLAIN,
  tr: Translator = english,
): number {
  const results = files.flatMap(expandDirectory).map((file) => checkFile(file, tr));
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const unreadable = results.filter((r) => r.unreadable !== undefined);
  for (const r of unreadable) io.err(showControls(`crisis-room: ${r.unreadable ?? ''}\n`));

  if (options.json) {
    io.out(
      `${JSON.stringify({ files: results.length, errors, warnings, diagnostics: all.map((d) => asJson(d, tr)) }, null, 2)}\n`,
    );
  } else {
    for (const r of results) {
      if (r.diagnostics.length > 0) io.out(`${printDiagnostics(r.diagnostics, r.source, paint, tr)}\n`);
    }
    const line = summary(errors, warnings, results.length - unreadable.length, tr);
    io.out(`${errors > 0 ? paint.red(line) : warnings > 0 ? paint.yellow(line) : line}\n`);
  }
  if (unreadable.length > 0) return 2;
  return errors > 0 || (options.strict === true && warnings > 0) ? 1 : 0;
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('check')
    .description(tr.t('cli.check.help.description'))
    .argument(placeholder(tr, 'cli.arg.files', true), tr.t('cli.check.help.files'))
    .option('--json', tr.t('cli.check.help.json'))
    .option('--strict', tr.t('cli.check.help.strict'))
    .addHelpText('after', `\n${tr.t('cli.check.help.exit')}`)
    .action((files: string[], options: CheckOptions) => {
      process.exitCode = runCheck(
        files,
        options,
        {
          out: (text) => process.stdout.write(text),
          err: (text) => process.stderr.write(text),
        },
        paintFor(process.stdout),
        tr,
      );
    });
}

/** A diagnostic as --json prints it: its message in the reader's language, without the phrases it was said in. */
function asJson(d: Diagnostic, tr: Translator): Omit<Diagnostic, 'words'> {
  const { code, severity, file, range, path } = d;
  return { code, severity, message: diagnosticMessage(d, tr), file, range, ...(path !== undefined && { path }) };
}
