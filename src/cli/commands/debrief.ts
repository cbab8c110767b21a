import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { analyze } from '../../analysis/index';
import {
  buildReport,
  readReport,
  recommendedPath,
  REPORT_FORMAT,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toPlanCsv,
  type BuildOptions,
  type DebriefReport,
} from '../../debrief/index';
import type { Scenario } from '../../scenario/types';
import { restore, SAVE_FORMAT, type SaveFile } from '../../engine/index';
import { guarded, type Io, UsageError } from '../io';
import { findScenarioById, readScenario, readText } from '../scenario-file';

/** The scenarios that ship with Crisis Room, wherever the command is run from. */
const SHIPPED = resolve(import.meta.dirname, '../../../scenarios');

export const FORMATS = ['md', 'json', 'csv', 'plan-csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface DebriefOptions {
  readonly format?: string;
  readonly out?: string;
  readonly scenario?: string;
  readonly lang?: string;
  readonly bestPath?: boolean;
}

export function render(report: DebriefReport, format: Format): string {
  return format === 'md'
    ? toMarkdown(report)
    : format === 'json'
      ? toJson(report)
      : format === 'csv'
        ? toCsv(report)
        : format === 'plan-csv'
          ? toPlanCsv(report)
          : toHtml(report);
}

export function checkFormat(format: string | undefined, allowed: readonly string[]): Format {
  const chosen = format ?? 'md';
  if (!allowed.includes(chosen))
    throw new UsageError(`unknown format '${chosen}': use one of ${allowed.join(', ')}`);
  return chosen as Format;
}

function parseJson(file: string, text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON (is it cut short?)`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UsageError(`${file} is not a Crisis Room save or debrief export`);
  return data as Record<string, unknown>;
}

/** The report for a save (built with its scenario) or a debrief export (read back as it is). */
export function reportFor(file: string, options: DebriefOptions): DebriefReport {
  const source = readText(file);
  const data = parseJson(file, source);
  if (data.format === REPORT_FORMAT) {
    const read = readReport(data);
    if (!read.ok) throw new UsageError(`${file}: ${read.message}`);
    return read.report;
  }
  if (data.format !== SAVE_FORMAT)
    throw new UsageError(
      `${file} is not a Crisis Room save or debrief export (its "format" is ${JSON.stringify(data.format ?? null)})`,
    );
  const id =
    typeof (data.scenario as { id?: unknown } | undefined)?.id === 'string'
      ? (data.scenario as { id: string }).id
      : null;
  const scenarioFile =
    options.scenario ??
    (id ? findScenarioById(id, ['scenarios', dirname(resolve(file)), SHIPPED]) : null);
  if (!scenarioFile)
    throw new UsageError(
      id
        ? `cannot find the scenario '${id}' in scenarios/, beside ${file} or among the shipped scenarios; pass --scenario <file>`
        : `${file} names no scenario; pass --scenario <file>`,
    );
  const scenario = readScenario(scenarioFile);
  const restored = restore(source, scenario);
  // A changed scenario does not stop a debrief: the results are frozen in the save, and the
  // report carries a warning. Anything else wrong with the save does.
  if (!restored.ok && restored.error.code !== 'changed-scenario')
    throw new UsageError(`${file}: ${restored.error.message} [${restored.error.code}]`);
  const save = data as unknown as SaveFile;
  const state = save.state as Partial<SaveFile['state']> | undefined;
  if (
    !Array.isArray(save.log) ||
    !Array.isArray(state?.chosen) ||
    !Array.isArray(state?.claims) ||
    typeof state?.meters !== 'object'
  ) {
    throw new UsageError(`${file}: the save is damaged (no log or final state)`);
  }
  return buildReport(scenario, save, {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.bestPath ? bestPathOptions(scenario, save.seed) : {}),
  });
}

/** The exact best path when the analysis can find it, else the recommended path, said as such. */
function bestPathOptions(scenario: Scenario, seed: number): BuildOptions {
  const { score } = analyze(scenario, { maxStates: 100_000 });
  if (score.exact && score.best)
    return {
      bestPath: score.best.route.choices,
      bestScore: score.best.score,
      bestPathKind: 'best',
    };
  const model = recommendedPath(scenario, seed);
  return { bestPath: model.choices, bestScore: model.score, bestPathKind: 'recommended' };
}

/**
 * `crisis-room debrief`: the after-action report of a saved session, as md, json, csv (the
 * decisions), plan-csv (the improvement plan) or html.
 */
export async function runDebrief(file: string, options: DebriefOptions, io: Io): Promise<number> {
  return guarded(io, () => {
    const format = checkFormat(options.format, FORMATS);
    const text = render(reportFor(file, options), format);
    if (options.out) {
      try {
        writeFileSync(options.out, text, 'utf8');
      } catch (error) {
        throw new UsageError(
          `cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
      io.err(`wrote ${options.out}\n`);
    } else io.out(text);
    return 0;
  });
}

export function register(program: Command): void {
  program
    .command('debrief')
    .description('the after-action report of a saved session (or re-render a debrief JSON export)')
    .argument('<save>', 'session save file, or a debrief JSON export')
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'md')
    .option('--out <file>', 'write to this file instead of standard output')
    .option(
      '--scenario <file>',
      'the scenario file (default: found by id in scenarios/ or beside the save)',
    )
    .option('--lang <code>', "the report's language (default: the scenario's first)")
    .option(
      '--best-path',
      'add the best path (exhaustive analysis; the recommended path when the scenario is too large)',
    )
    .action(async (file: string, options: DebriefOptions) => {
      process.exitCode = await runDebrief(file, options, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    });
}
