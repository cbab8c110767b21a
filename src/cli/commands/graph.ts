import { english, type MessageKey, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
import type { Command } from 'commander';
import { analyze, beatGraph, graphProblems, toDot, toMermaid, type GraphProblem, type GraphProblemCode } from '../../analysis/index';
import { guarded, UsageError, type Io } from '../io';
import { readScenario } from '../scenario-file';
import { findingText } from '../../i18n/finding-words';

/** States the graph command explores to mark unreachable parts; past it, nothing is marked. */
const GRAPH_MAX_STATES = 200_000;
/** Engine steps the graph command's analysis may take, every search included (see analysis/budget.ts). */
const GRAPH_MAX_STEPS = 2_000_000;

/** Each fault of a drawing, in the reader's language; the English stays with the problem for tests and logs. */
const PROBLEM_WORDS: Readonly<Record<GraphProblemCode, MessageKey>> = {
  edgeFromUndrawn: 'analysis.graph.problem.edgeFromUndrawn',
  edgeToUndrawn: 'analysis.graph.problem.edgeToUndrawn',
  beatNoExit: 'analysis.graph.problem.beatNoExit',
  endingNoEntry: 'analysis.graph.problem.endingNoEntry',
};

export const graphProblemText = (problem: GraphProblem, tr: Translator): string => tr.t(PROBLEM_WORDS[problem.code], problem.values);

/** `crisis-room graph <file> --format mermaid|dot`: the beat graph, unreachable parts marked; exit 1 when the drawing is wrong. */
export async function runGraph(file: string, options: { format?: string }, io: Io, tr: Translator = english): Promise<number> {
  return guarded(io, (io) => {
    const format = options.format ?? 'mermaid';
    if (format !== 'mermaid' && format !== 'dot') throw new UsageError(tr.t('analysis.graph.format', { format }));
    const scenario = readScenario(file, tr);
    const analysis = analyze(scenario, { maxStates: GRAPH_MAX_STATES, maxSteps: GRAPH_MAX_STEPS });
    if (!analysis.complete) {
      const reason = analysis.capMessage === null ? tr.t('analysis.graph.partialReason') : findingText({ message: analysis.capMessage, ...(analysis.capWords && { words: analysis.capWords }) }, tr);
      io.err(`crisis-room: ${tr.t('analysis.graph.partial', { reason })}\n`);
    }
    // The scenario's titles in the language asked for when it has them, and the graph's own words in the CLI's.
    io.out(format === 'dot' ? toDot(scenario, analysis, tr) : toMermaid(scenario, analysis, tr));
    // A graph that misdraws the scenario must fail a script that relies on it, not pass silently.
    const problems = graphProblems(beatGraph(scenario, analysis));
    for (const problem of problems) io.err(`crisis-room: ${tr.t('analysis.graph.wrong', { problem: graphProblemText(problem, tr) })}\n`);
    return problems.length > 0 ? 1 : 0;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('graph')
    .description(tr.t('cli.graph.help.description'))
    .argument(placeholder(tr, 'cli.arg.file'), tr.t('cli.help.scenarioFile'))
    .option(`--format ${placeholder(tr, 'cli.arg.format')}`, tr.t('cli.graph.help.format'), 'mermaid')
    .action(async (file: string, options: { format?: string }) => {
      process.exitCode = await runGraph(file, options, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }, tr);
    });
}
