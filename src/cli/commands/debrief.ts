import { placeholder } from '../help-words';
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
import { langOption, terminalLanguages, translatorFor } from '../language';
import { english, type Translator } from '../../i18n/index';

/** The scenarios that ship with Crisis Room, wherever the command is run from. */
export const SHIPPED = resolve(import.meta.dirname, '../../../scenarios');

export const FORMATS = ['md', 'json', 'csv', 'plan-csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface DebriefOptions {
  readonly format?: string;
  readonly out?: string;
  readonly scenario?: string;
  readonly lang?: string;
  /** The terminal's languages (`LANG`), best first: after --lang and the save's own language. */
  readonly preferred?: readonly string[];
  readonly bestPath?: boolean;
  /** A facilitator's public key file: an export signed by another key does not match. */
  readonly publicKey?: string;
}

/** The report in `format`, its words in `tr`'s language (the one the report was built in). */
export function render(report: DebriefReport, format: Format, tr: Translator = english): string {
  return format === 'md'
    ? toMarkdown(report, tr)
    : format === 'json'
      ? toJson(report)
      : format === 'csv'
        ? toCsv(report, tr)
        : format === 'plan-csv'
          ? toPlanCsv(report, tr)
          : toHtml(report, tr);
}

export function checkFormat(format: string | undefined, allowed: readonly string[], tr: Translator = english): Format {
  const chosen = format ?? 'md';
  if (!allowed.includes(chosen))
    throw new UsageError(tr.t('cli.debrief.unknownFormat', { format: chosen, allowed: allowed.join(', ') }));
  return chosen as Format;
}

function parseJson(file: string, text: string, tr: Translator): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(tr.t('cli.debrief.notJson', { file }));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UsageError(tr.t('cli.debrief.notSaveOrExport', { file }));
  return data as Record<string, unknown>;
}

/**
 * The language a save or an export speaks unless `--lang` says otherwise: a save's kept
 * language; an export's own words' language (English for exports made before there was a choice).
 */
function keptLanguage(data: Record<string, unknown>): string | undefined {
  const kept = data.format === REPORT_FORMAT ? (data.interfaceLang ?? 'en') : data.lang;
  return typeof kept === 'string' ? kept : undefined;
}

/** The scenario a save or export names: `--scenario`, else found by id; null when not found. */
function scenarioFor(file: string, id: string | null, options: DebriefOptions, tr: Translator): Scenario | null {
  const scenarioFile =
    options.scenario ??
    (id ? findScenarioById(id, ['scenarios', dirname(resolve(file)), SHIPPED]) : null);
  return scenarioFile ? readScenario(scenarioFile, tr) : null;
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
export async function reportFor(
  file: string,
  data: Record<string, unknown>,
  options: DebriefOptions,
  cliTr: Translator = english,
): Promise<{ report: DebriefReport; tr: Translator }> {
  if (data.format !== REPORT_FORMAT && data.format !== SAVE_FORMAT)
    throw new UsageError(cliTr.t('cli.debrief.badFormat', { file, format: JSON.stringify(data.format ?? null).slice(0, 60) }));
  const id = namedScenarioId(data);
  const scenario = scenarioFor(file, id, options, cliTr);
  if (!scenario && data.format === SAVE_FORMAT)
    throw new UsageError(id ? cliTr.t('cli.debrief.noScenario', { id: id.slice(0, 80), file }) : cliTr.t('cli.debrief.namesNoScenario', { file }));
  // The language the session was played in, kept with its save, unless --lang asks for another.
  const tr = await translatorFor(options.lang, scenario?.languages ?? [], keptLanguage(data), options.preferred);
  const build: BuildOptions = {
    tr,
    ...(options.bestPath && scenario ? bestPathOptions(scenario, savedSeed(data)) : {}),
  };
  const verified =
    data.format === REPORT_FORMAT
      ? verifiedExport(scenario, data, build)
      : verifiedReport(scenario, data, build);
  if (verified.ok) return { report: verified.report, tr };
  if (verified.unverified === undefined) throw new UsageError(`${file}: ${verified.error}`);
  throw new UsageError(`${file}: ${unverifiedMessage(verified.unverified, tr)}`);
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
export async function runDebrief(file: string, options: DebriefOptions, io: Io, cliTr: Translator = english): Promise<number> {
  return guarded(io, async (io) => {
    const format = checkFormat(options.format, FORMATS, cliTr);
    const trusted = trustedKey(options.publicKey, cliTr);
    const data = parseJson(file, readSave(file, cliTr), cliTr);
    const { report, tr } = await reportFor(file, data, options, cliTr);
    const text = render(report, format, tr);
    // Who signed an export is about the file, not the report: said beside it, on standard error.
    if (data.format === REPORT_FORMAT) io.err(await signatureLine(file, data, trusted));
    if (options.out) {
      try {
        writeFileSync(options.out, text, 'utf8');
      } catch (error) {
        throw new UsageError(tr.t('cli.debrief.cannotWrite', { file: options.out, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      }
      io.err(`${tr.t('cli.debrief.wrote', { file: options.out })}\n`);
    } else io.out(text);
    return 0;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('debrief')
    .description(tr.t('cli.debrief.help.description'))
    .argument(placeholder(tr, 'cli.arg.save'), tr.t('cli.debrief.help.save'))
    .option(`--format ${placeholder(tr, 'cli.arg.format')}`, tr.t('cli.help.oneOf', { list: FORMATS.join(', ') }), 'md')
    .option(`--out ${placeholder(tr, 'cli.arg.file')}`, tr.t('cli.help.out'))
    .option(`--scenario ${placeholder(tr, 'cli.arg.file')}`, tr.t('cli.debrief.help.scenario'))
    .option('--best-path', tr.t('cli.debrief.help.bestPath'))
    .option(`--public-key ${placeholder(tr, 'cli.arg.file')}`, tr.t('cli.debrief.help.publicKey'))
    .action(async (file: string, options: DebriefOptions, command: Command) => {
      process.exitCode = await runDebrief(
        file,
        { ...options, ...(langOption(command) ? { lang: langOption(command) } : {}), preferred: terminalLanguages(process.env) },
        {
          out: (text) => process.stdout.write(text),
          err: (text) => process.stderr.write(text),
        },
        tr,
      );
    });
}
