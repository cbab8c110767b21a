import { english, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
import type { Command } from 'commander';
import { analysisToJson, analyze, DEFAULT_MAX_STATES, DEFAULT_MAX_STEPS, DEFAULT_SEARCH_STEPS, formatAnalysis } from '../../analysis/index';
import { guarded, UsageError, type Io } from '../io';
import { readScenarioWithPositions } from '../scenario-file';
import { findingText } from '../../i18n/finding-words';

export interface AnalyzeCommandOptions {
  readonly json?: boolean;
  readonly maxStates?: string;
  readonly searchSteps?: string;
  readonly maxSteps?: string;
}

/** A positive whole number from an option, or a usage error naming the option. */
export function wholeNumber(value: string | undefined, option: string, fallback?: number, tr: Translator = english): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(tr.t('analysis.cli.required', { option }));
    return fallback;
  }
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) throw new UsageError(tr.t('analysis.cli.wholeNumber', { option, value }));
  return Number(value);
}

/**
 * `crisis-room analyze <file>`: the exhaustive analysis. Exit 0 when every ending is reachable and
 * nothing is dead (no unreachable beat or choice, no dead end), 1 otherwise or when the state cap
 * stopped the search.
 */
export async function runAnalyze(file: string, options: AnalyzeCommandOptions, io: Io, tr: Translator = english): Promise<number> {
  return guarded(io, (io) => {
    const maxStates = wholeNumber(options.maxStates, '--max-states', DEFAULT_MAX_STATES, tr);
    const searchSteps = wholeNumber(options.searchSteps, '--search-steps', DEFAULT_SEARCH_STEPS, tr);
    const maxSteps = wholeNumber(options.maxSteps, '--max-steps', DEFAULT_MAX_STEPS, tr);
    const { scenario, positions } = readScenarioWithPositions(file, tr);
    const analysis = analyze(scenario, { maxStates, searchSteps, maxSteps, ...(positions && { positions }) });
    // The JSON is data: its keys and the analysis's own sentences stay as they are in every language.
    io.out(options.json ? `${analysisToJson(analysis)}\n` : formatAnalysis(analysis, tr));
    if (!analysis.complete) io.err(`crisis-room: ${analysis.capMessage === null ? tr.t('analysis.cli.capReached') : findingText({ message: analysis.capMessage, ...(analysis.capWords && { words: analysis.capWords }) }, tr)}\n`);
    if (analysis.budget.message) io.err(`crisis-room: ${findingText({ message: analysis.budget.message, ...(analysis.budget.words && { words: analysis.budget.words }) }, tr)}\n`);
    const { unreachable } = analysis;
    const dead = unreachable.beats.length + unreachable.choices.length + unreachable.endings.length + analysis.deadEnds.length;
    return analysis.complete && !analysis.budget.spent && dead === 0 ? 0 : 1;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('analyze')
    .description(tr.t('cli.analyze.help.description'))
    .argument(placeholder(tr, 'cli.arg.file'), tr.t('cli.help.scenarioFile'))
    .option('--json', tr.t('cli.analyze.help.json'))
    .option('--max-states <n>', tr.t('cli.analyze.help.maxStates', { n: DEFAULT_MAX_STATES }))
    .option('--max-steps <n>', tr.t('cli.analyze.help.maxSteps', { n: DEFAULT_MAX_STEPS }))
    .option('--search-steps <n>', tr.t('cli.analyze.help.searchSteps', { n: DEFAULT_SEARCH_STEPS }))
    .action(async (file: string, options: AnalyzeCommandOptions) => {
      process.exitCode = await runAnalyze(file, options, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }, tr);
    });
}
