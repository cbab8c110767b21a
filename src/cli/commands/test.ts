import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { compileRules, runPlan, type PlanResult } from '../../engine/index';
import { guarded, type Io } from '../io';
import { readScenario, readText } from '../scenario-file';
import { parsePlanFile, unknownNames } from '../test-plan-file';

/** A scenario file stands for the test plans beside it. */
function planFileOf(file: string): string {
  return /\.test\.ya?ml$/.test(file) ? file : file.replace(/\.ya?ml$/, '.test.yaml');
}

/** Runs the plans of one file; returns the results, or null when the file itself is wrong. */
export function runPlanFile(file: string, io: Io): PlanResult[] | null {
  const { file: parsed, problems } = parsePlanFile(readText(file), file);
  if (!parsed) {
    io.err(`${problems.join('\n')}\n`);
    return null;
  }
  const scenario = readScenario(parsed.scenario);
  const unknown = unknownNames(parsed.plans, scenario);
  if (unknown.length > 0) {
    io.err(`${unknown.map((line) => `${file}: ${line}`).join('\n')}\n`);
    return null;
  }
  const rules = compileRules(scenario, { notices: false });
  return parsed.plans.map((plan) => runPlan(rules, plan));
}

/** `crisis-room test`: runs instructor test plans, one line per plan, exit 1 on any failure. */
export async function runTest(files: readonly string[], io: Io): Promise<number> {
  return guarded(io, (io) => {
    let passed = 0;
    let failed = 0;
    let broken = 0;
    for (const given of files) {
      const file = planFileOf(given);
      if (file !== given && !existsSync(file)) {
        io.err(`${given}: no test plans (expected ${file})\n`);
        broken++;
        continue;
      }
      io.out(`${file}\n`);
      const results = runPlanFile(file, io);
      if (!results) {
        broken++;
        continue;
      }
      for (const result of results) {
        if (result.passed) {
          passed++;
          io.out(`  pass  ${result.name}\n`);
        } else {
          failed++;
          io.out(`  FAIL  ${result.name}\n        ${result.failure?.message ?? ''}\n`);
        }
      }
    }
    io.out(`\n${passed} passed, ${failed} failed${broken ? `, ${broken} file${broken === 1 ? '' : 's'} with errors` : ''}\n`);
    return failed + broken > 0 ? 1 : 0;
  });
}

export function register(program: Command): void {
  program
    .command('test')
    .description('run instructor test plans (<scenario>.test.yaml); exit 1 on any failure')
    .argument('<files...>', 'test plan files, or scenario files with plans beside them')
    .action(async (files: string[]) => {
      process.exitCode = await runTest(files, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    });
}
