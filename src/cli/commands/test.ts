import { english, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
import type { Command } from 'commander';
import { compileRules, runPlan, type PlanResult } from '../../engine/index';
import { parsePlanSource } from '../../engine/plan-file';
import { loadScenario, type Diagnostic } from '../../scenario/index';
import { guarded, UsageError, type Io } from '../io';
import { paintFor, PLAIN, printDiagnostics, type Paint } from '../print-diagnostics';
import { readText } from '../scenario-file';
import { planFailureWords } from '../plan-failure-words';
import { planFilesOf, scenarioOf } from '../test-plan-file';

/**
 * Runs the plans of one file; returns the results, or null when the file or its scenario has
 * errors (all of them printed, each with its position and code frame).
 */
export function runPlanFile(file: string, io: Io, paint: Paint = PLAIN, tr: Translator = english): PlanResult[] | null {
  const source = readText(file, tr);
  const parsed = parsePlanSource(source, file);
  const scenarioFile = scenarioOf(file, parsed.scenario);
  let problems: Diagnostic[] = [...parsed.diagnostics];
  if (parsed.plans.length > 0) {
    let scenarioSource: string;
    try {
      scenarioSource = readText(scenarioFile, tr);
    } catch (error) {
      // One plan file's missing scenario must not stop the others in a directory.
      if (!(error instanceof UsageError)) throw error;
      io.err(`${tr.t('cli.test.scenarioUnreadable', { file, reason: error.message })}\n`);
      return null;
    }
    const loaded = loadScenario(scenarioSource, { file: scenarioFile });
    if (loaded.scenario === null) {
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
      io.err(`${tr.t('cli.test.scenarioErrors', { scenario: scenarioFile })}\n`);
      io.err(`${printDiagnostics(errors, scenarioSource, paint, tr)}\n`);
      return null;
    }
    problems = [...problems, ...parsed.checkNames(loaded.scenario)];
    const errors = problems.filter((d) => d.severity === 'error');
    if (errors.length === 0) {
      const rules = compileRules(loaded.scenario, { notices: false });
      return parsed.plans.map((plan) => runPlan(rules, plan));
    }
  }
  const sorted = problems.sort((a, b) => a.range.start.offset - b.range.start.offset);
  io.err(`${printDiagnostics(sorted, source, paint, tr)}\n`);
  return null;
}

/** `crisis-room test`: runs instructor test plans, one line per plan, exit 1 on any failure. */
export async function runTest(given: readonly string[], io: Io, paint: Paint = PLAIN, tr: Translator = english): Promise<number> {
  return guarded(io, (io) => {
    let passed = 0;
    let failed = 0;
    let broken = 0;
    for (const argument of given) {
      const { files, missing } = planFilesOf(argument, tr);
      if (missing !== undefined) {
        io.err(`${missing}\n`);
        broken++;
      }
      for (const file of files) {
        io.out(`${file}\n`);
        const results = runPlanFile(file, io, paint, tr);
        if (!results) {
          broken++;
          continue;
        }
        for (const result of results) {
          if (result.passed) {
            passed++;
            io.out(`  ${tr.t('cli.test.pass')}  ${result.name}\n`);
          } else {
            failed++;
            io.out(`  ${tr.t('cli.test.fail')}  ${result.name}\n        ${result.failure ? planFailureWords(result.failure.cause, tr) : ''}\n`);
          }
        }
      }
    }
    io.out(`\n${tr.t('cli.test.summary', { passed, failed })}${broken ? tr.t('cli.test.brokenFiles', { n: broken }) : ''}\n`);
    return failed + broken > 0 ? 1 : 0;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('test')
    .description(tr.t('cli.test.help.description'))
    .argument(placeholder(tr, 'cli.arg.files', true), tr.t('cli.test.help.files'))
    .action(async (files: string[]) => {
      process.exitCode = await runTest(
        files,
        { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
        paintFor(process.stderr),
        tr,
      );
    });
}
