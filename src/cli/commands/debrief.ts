import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { analyze } from '../../analysis/index';
import {
  recommendedPath,
  REPORT_FORMAT,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toPlanCsv,
  type BuildOptions,
  type DebriefReport,
  unverifiedMessage,
  verifiedExport,
  verifiedReport,
} from '../../debrief/index';
import type { Scenario } from '../../scenario/types';
import { SAVE_FORMAT } from '../../engine/index';
import { guarded, type Io, UsageError } from '../io';
import { findScenarioById, readSave, readScenario } from '../scenario-file';
import { signatureLine, trustedKey } from '../signature-file';

/** The scenarios that ship with Crisis Room, wherever the command is run from. */
export const SHIPPED = resolve(import.meta.dirname, '../../../scenarios');

export const FORMATS = ['md', 'json', 'csv', 'plan-csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface DebriefOptions {
  readonly format?: string;
  readonly out?: string;
  readonly scenario?: string;
  readonly lang?: string;
  readonly bestPath?: boolean;
  /** A facilitator's public key file: an export signed by another key does not match. */
  readonly publicKey?: string;
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

/** The scenario a save or export names: `--scenario`, else found by id; null when not found. */
function scenarioFor(file: string, id: string | null, options: DebriefOptions): Scenario | null {
  const scenarioFile =
    options.scenario ??
    (id ? findScenarioById(id, ['scenarios', dirname(resolve(file)), SHIPPED]) : null);
  return scenarioFile ? readScenario(scenarioFile) : null;
}

/** The id a save or an export's overview names, read loosely, only to find its scenario. */
function namedScenarioId(data: Record<string, unknown>): string | null {
  const holder = data.format === REPORT_FORMAT ? data.overview : data.scenario;
  const key = data.format === REPORT_FORMAT ? 'scenarioId' : 'id';
  const id = typeof holder === 'object' && holder !== null ? (holder as Record<string, unknown>)[key] : undefined;
  return typeof id === 'string' ? id : null;
}

/** The seed of a save or of the save inside an export, read loosely (restore checks it). */
function savedSeed(data: Record<string, unknown>): number {
  const save = data.format === REPORT_FORMAT ? data.save : data;
  const seed = typeof save === 'object' && save !== null ? (save as Record<string, unknown>).seed : 0;
  return typeof seed === 'number' && Number.isInteger(seed) ? seed : 0;
}

/**
 * The report of a save or of a debrief export, built only from a replay of the session's log
 * against the scenario it was played on. What cannot be replayed is unverified: a message, no
 * report and no score.
 */
export function reportFor(file: string, data: Record<string, unknown>, options: DebriefOptions): DebriefReport {
  if (data.format !== REPORT_FORMAT && data.format !== SAVE_FORMAT)
    throw new UsageError(
      `${file} is not a Crisis Room save or debrief export (its "format" is ${JSON.stringify(data.format ?? null).slice(0, 60)})`,
    );
  const id = namedScenarioId(data);
  const scenario = scenarioFor(file, id, options);
  if (!scenario && data.format === SAVE_FORMAT)
    throw new UsageError(
      id
        ? `cannot find the scenario '${id.slice(0, 80)}' in scenarios/, beside ${file} or among the shipped scenarios; pass --scenario <file>`
        : `${file} names no scenario; pass --scenario <file>`,
    );
  // The language the session was played in, kept with its save, unless --lang asks for another.
  const kept = data.format === SAVE_FORMAT && typeof data.lang === 'string' ? data.lang : undefined;
  const lang = options.lang ?? kept;
  const build: BuildOptions = {
    ...(lang ? { lang } : {}),
    ...(options.bestPath && scenario ? bestPathOptions(scenario, savedSeed(data)) : {}),
  };
  const verified =
    data.format === REPORT_FORMAT
      ? verifiedExport(scenario, data, build)
      : verifiedReport(scenario, data, build);
  if (verified.ok) return verified.report;
  if (verified.unverified === undefined) throw new UsageError(`${file}: ${verified.error}`);
  throw new UsageError(`${file}: ${unverifiedMessage(verified.unverified)}`);
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
  return guarded(io, async (io) => {
    const format = checkFormat(options.format, FORMATS);
    const trusted = trustedKey(options.publicKey);
    const data = parseJson(file, readSave(file));
    const text = render(reportFor(file, data, options), format);
    // Who signed an export is about the file, not the report: said beside it, on standard error.
    if (data.format === REPORT_FORMAT) io.err(await signatureLine(file, data, trusted));
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
    .option('--lang <code>', "the report's language (default: the one the session was played in, else the scenario's first)")
    .option(
      '--best-path',
      'add the best path (exhaustive analysis; the recommended path when the scenario is too large)',
    )
    .option('--public-key <file>', "the facilitator's public key file: a debrief export must be signed by it")
    .action(async (file: string, options: DebriefOptions) => {
      process.exitCode = await runDebrief(file, options, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    });
}
