import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  compareReports,
  comparisonToCsv,
  comparisonToMarkdown,
  readReport,
  type NamedReport,
} from '../../debrief/index';
import { guarded, type Io, UsageError } from '../io';
import { readText } from '../scenario-file';
import { checkFormat } from './debrief';

export interface CompareOptions {
  readonly format?: string;
}

/** `crisis-room compare`: several teams' debrief exports of one scenario side by side. */
export async function runCompare(
  files: readonly string[],
  options: CompareOptions,
  io: Io,
): Promise<number> {
  return guarded(io, () => {
    const format = checkFormat(options.format, ['md', 'csv']);
    if (files.length < 2) throw new UsageError('compare needs at least two debrief JSON exports');
    const reports: NamedReport[] = files.map((file) => {
      const read = readReport(readText(file));
      if (!read.ok) {
        const hint = read.message.startsWith('this is a session save')
          ? `; make its export first: crisis-room debrief ${file} --format json --out <file>`
          : '';
        throw new UsageError(`${file}: ${read.message}${hint}`);
      }
      return { source: basename(file), report: read.report };
    });
    const result = compareReports(reports);
    if (!result.ok) throw new UsageError(result.message);
    io.out(
      format === 'csv'
        ? comparisonToCsv(result.comparison)
        : comparisonToMarkdown(result.comparison),
    );
    return 0;
  });
}

export function register(program: Command): void {
  program
    .command('compare')
    .description("compare several teams' debrief JSON exports of the same scenario")
    .argument('<files...>', 'debrief JSON exports (crisis-room debrief <save> --format json)')
    .option('--format <format>', 'md or csv', 'md')
    .action(async (files: string[], options: CompareOptions) => {
      process.exitCode = await runCompare(files, options, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    });
}
