import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  compareReports,
  comparisonToCsv,
  comparisonToMarkdown,
  readReport,
  unverifiedMessage,
  verifiedExport,
  type NamedReport,
  type UnverifiedTeam,
} from '../../debrief/index';
import type { Scenario } from '../../scenario/types';
import { guarded, type Io, UsageError } from '../io';
import { findScenarioById, readSave, readScenario } from '../scenario-file';
import { checkFormat, SHIPPED } from './debrief';
import { signatureLine, trustedKey } from '../signature-file';

export interface CompareOptions {
  readonly format?: string;
  readonly scenario?: string;
  readonly publicKey?: string;
}

/** The scenario an export names: `--scenario`, else found by id as `debrief` finds it. */
function scenarioFinder(options: CompareOptions): (file: string, id: string) => Scenario | null {
  const loaded = new Map<string, Scenario>();
  return (file, id) => {
    const path = options.scenario ?? findScenarioById(id, ['scenarios', dirname(resolve(file)), SHIPPED]);
    if (!path) return null;
    const known = loaded.get(path) ?? readScenario(path);
    loaded.set(path, known);
    return known;
  };
}

/** `crisis-room compare`: several teams' debrief exports of one scenario side by side. */
export async function runCompare(
  files: readonly string[],
  options: CompareOptions,
  io: Io,
): Promise<number> {
  return guarded(io, async (io) => {
    const format = checkFormat(options.format, ['md', 'csv']);
    if (files.length < 2) throw new UsageError('compare needs at least two debrief JSON exports');
    const scenarioOf = scenarioFinder(options);
    const trusted = trustedKey(options.publicKey);
    const reports: NamedReport[] = [];
    const left: UnverifiedTeam[] = [];
    for (const file of files) {
      const text = readSave(file);
      const read = readReport(text);
      if (!read.ok) {
        const hint = read.message.startsWith('this is a session save')
          ? `; make its export first: crisis-room debrief ${file} --format json --out <file>`
          : '';
        throw new UsageError(`${file}: ${read.message}${hint}`);
      }
      io.err(await signatureLine(file, text, trusted));
      // Every team's results come from a replay of the save inside its export, never from the
      // export's own figures; what cannot be replayed is left out of the comparison.
      const verified = verifiedExport(scenarioOf(file, read.report.overview.scenarioId), read.report);
      if (verified.ok) reports.push({ source: basename(file), report: verified.report });
      else if (verified.unverified === undefined) throw new UsageError(`${file}: ${verified.error}`);
      else {
        left.push({ ...verified.unverified, source: basename(file) });
        io.err(`crisis-room: ${file}: ${unverifiedMessage(verified.unverified)}; left out of the comparison\n`);
      }
    }
    if (reports.length < 2)
      throw new UsageError(
        `compare needs at least two debrief exports that replay to their results; ${reports.length === 0 ? 'none does' : 'only one does'}`,
      );
    const result = compareReports(reports, left);
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
    .option('--scenario <file>', 'the scenario file the runs were played on (default: found by id in scenarios/, beside the exports or among the shipped scenarios)')
    .option('--public-key <file>', "the facilitator's public key file: each export must be signed by it")
    .action(async (files: string[], options: CompareOptions) => {
      process.exitCode = await runCompare(files, options, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    });
}
