import { english, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
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
export async function runRandomTest(file: string, options: RandomTestCommandOptions, io: Io, tr: Translator = english): Promise<number> {
  return guarded(io, (io) => {
    const runs = wholeNumber(options.runs, '--runs', undefined, tr);
    if (options.seed === undefined) throw new UsageError(tr.t('cli.randomtest.seedRequired'));
    if (!/^\d+$/.test(options.seed.trim()) || !Number.isSafeInteger(Number(options.seed))) throw new UsageError(tr.t('cli.randomtest.seedNumber', { given: options.seed }));
    const strategy = options.strategy ?? 'uniform';
    if (strategy !== 'uniform' && strategy !== 'least-used') throw new UsageError(tr.t('cli.randomtest.strategyUnknown', { given: strategy }));
    const scenario = readScenario(file, tr);
    const report = randomTest(scenario, { runs, seed: Number(options.seed), strategy: strategy as Strategy });
    io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatRandomTest(report, tr));
    return report.failed > 0 ? 1 : 0;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('randomtest')
    .description(tr.t('cli.randomtest.help.description'))
    .argument(placeholder(tr, 'cli.arg.file'), tr.t('cli.help.scenarioFile'))
    .option('--runs <n>', tr.t('cli.randomtest.help.runs'))
    .option('--seed <s>', tr.t('cli.randomtest.help.seed'))
    .option(`--strategy ${placeholder(tr, 'cli.arg.strategy')}`, tr.t('cli.randomtest.help.strategy'), 'uniform')
    .option('--json', tr.t('cli.randomtest.help.json'))
    .action(async (file: string, options: RandomTestCommandOptions) => {
      process.exitCode = await runRandomTest(file, options, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }, tr);
    });
}
