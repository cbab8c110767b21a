import { placeholder } from '../help-words';
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
import { english, type Translator } from '../../i18n/index';

export interface CompareOptions {
  readonly format?: string;
  readonly scenario?: string;
  readonly publicKey?: string;
}

/** The scenario an export names: `--scenario`, else found by id as `debrief` finds it. */
function scenarioFinder(options: CompareOptions, tr: Translator): (file: string, id: string) => Scenario | null {
  const loaded = new Map<string, Scenario>();
  return (file, id) => {
    const path = options.scenario ?? findScenarioById(id, ['scenarios', dirname(resolve(file)), SHIPPED]);
    if (!path) return null;
    const known = loaded.get(path) ?? readScenario(path, tr);
    loaded.set(path, known);
    return known;
  };
}

/** `crisis-room compare`: several teams' debrief exports of one scenario side by side. */
export async function runCompare(
  files: readonly string[],
  options: CompareOptions,
  io: Io,
  tr: Translator = english,
): Promise<number> {
  return guarded(io, async (io) => {
    const format = checkFormat(options.format, ['md', 'csv'], tr);
    if (files.length < 2) throw new UsageError(tr.t('cli.compare.needTwo'));
    const scenarioOf = scenarioFinder(options, tr);
    const trusted = trustedKey(options.publicKey, tr);
    const reports: NamedReport[] = [];
    const left: UnverifiedTeam[] = [];
    for (const file of files) {
      const text = readSave(file, tr);
      const read = readReport(text, tr);
      if (!read.ok) {
        const hint = read.message === tr.t('debrief.read.isSave') ? tr.t('cli.compare.makeExport', { file }) : '';
        throw new UsageError(`${file}: ${read.message}${hint}`);
      }
      io.err(await signatureLine(file, text, trusted));
      // Every team's results come from a replay of the save inside its export, never from the
      // export's own figures; what cannot be replayed is left out of the comparison.
      const verified = verifiedExport(scenarioOf(file, read.report.overview.scenarioId), read.report, { tr });
      if (verified.ok) reports.push({ source: basename(file), report: verified.report });
      else if (verified.unverified === undefined) throw new UsageError(`${file}: ${verified.error}`);
      else {
        left.push({ ...verified.unverified, source: basename(file) });
        io.err(`crisis-room: ${tr.t('cli.compare.leftOut', { file, problem: unverifiedMessage(verified.unverified, tr) })}\n`);
      }
    }
    if (reports.length < 2)
      throw new UsageError(tr.t(reports.length === 0 ? 'cli.compare.noneReplays' : 'cli.compare.oneReplays'));
    const result = compareReports(reports, left, tr);
    if (!result.ok) throw new UsageError(result.message);
    io.out(
      format === 'csv'
        ? comparisonToCsv(result.comparison)
        : comparisonToMarkdown(result.comparison, tr),
    );
    return 0;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('compare')
    .description(tr.t('cli.compare.help.description'))
    .argument(placeholder(tr, 'cli.arg.files', true), tr.t('cli.compare.help.files'))
    .option(`--format ${placeholder(tr, 'cli.arg.format')}`, tr.t('cli.help.oneOf', { list: 'md, csv' }), 'md')
    .option(`--scenario ${placeholder(tr, 'cli.arg.file')}`, tr.t('cli.compare.help.scenario'))
    .option(`--public-key ${placeholder(tr, 'cli.arg.file')}`, tr.t('cli.compare.help.publicKey'))
    .action(async (files: string[], options: CompareOptions) => {
      process.exitCode = await runCompare(
        files,
        options,
        {
          out: (text) => process.stdout.write(text),
          err: (text) => process.stderr.write(text),
        },
        tr,
      );
    });
}
