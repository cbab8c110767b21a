import type { Command } from 'commander';
import { formatRandomTest, randomTest, type Strategy } from '../../analysis/index';
import { guarded, UsageError, type Io } from '../io';
import { readScenario } from '../scenario-file';
import { wholeNumber } from './analyze';

export interface RandomTestCommandOptions {
  readonly runs?: string;
  readonly seed?: string;
  readonly strategy?: string;
  readonly json?: boolean;
}

/** `crisis-room randomtest <file>`: seeded random playthroughs; exit 1 when any run fails. */
export async function runRandomTest(file: string, options: RandomTestCommandOptions, io: Io): Promise<number> {
  return guarded(io, (io) => {
    const runs = wholeNumber(options.runs, '--runs');
    if (options.seed === undefined) throw new UsageError('--seed is required, so the same run can be repeated');
    if (!/^\d+$/.test(options.seed.trim()) || !Number.isSafeInteger(Number(options.seed))) throw new UsageError(`--seed must be a whole number, not '${options.seed}'`);
    const strategy = options.strategy ?? 'uniform';
    if (strategy !== 'uniform' && strategy !== 'least-used') throw new UsageError(`--strategy must be uniform or least-used, not '${strategy}'`);
    const scenario = readScenario(file);
    const report = randomTest(scenario, { runs, seed: Number(options.seed), strategy: strategy as Strategy });
    io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatRandomTest(report));
    return report.failed > 0 ? 1 : 0;
  });
}

export function register(program: Command): void {
  program
    .command('randomtest')
    .description('play seeded random runs: ending distribution, meter percentiles, coverage, failing runs with their choices')
    .argument('<file>', 'scenario YAML file')
    .option('--runs <n>', 'how many playthroughs')
    .option('--seed <s>', 'the seed; the same seed gives the same report')
    .option('--strategy <name>', 'uniform, or least-used (prefer the choice taken least so far)', 'uniform')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: RandomTestCommandOptions) => {
      process.exitCode = await runRandomTest(file, options, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
    });
}
