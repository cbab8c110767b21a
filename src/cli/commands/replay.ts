import { english, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { restore } from '../../engine/index';
import { guarded, type Io, UsageError } from '../io';
import { deadlineLines, meterLines, outcomeOf } from '../outcome';
import { findScenarioById, readScenario, readText } from '../scenario-file';
import { narrate } from '../narrate';

export interface ReplayOptions {
  readonly scenario?: string;
  readonly json?: boolean;
}

/** The scenario id a save names, read loosely: restore does the real checking. */
function savedScenarioId(text: string): string | null {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return null;
    const scenario = (data as { scenario?: { id?: unknown } }).scenario;
    return typeof scenario?.id === 'string' ? scenario.id : null;
  } catch {
    return null;
  }
}

/** `crisis-room replay`: re-derives a saved session's outcome from its log. */
export async function runReplay(file: string, options: ReplayOptions, io: Io): Promise<number> {
  return guarded(io, (io) => {
    const source = readText(file);
    let scenarioFile = options.scenario;
    if (scenarioFile === undefined) {
      const id = savedScenarioId(source);
      scenarioFile = (id && findScenarioById(id, ['scenarios', dirname(resolve(file))])) || undefined;
      if (scenarioFile === undefined) {
        throw new UsageError(id ? `cannot find the scenario '${id}' in scenarios/ or beside ${file}; pass --scenario <file>` : `${file} is not a readable Crisis Room save; pass --scenario <file> to see why`);
      }
    }
    const scenario = readScenario(scenarioFile);
    const restored = restore(source, scenario);
    if (!restored.ok) throw new UsageError(`${file}: ${restored.error.message} [${restored.error.code}]`);
    const session = restored.session;
    const state = session.state();
    if (options.json) {
      io.out(`${JSON.stringify(outcomeOf(scenario, state, session.seed), null, 2)}\n`);
      return 0;
    }
    const lines = session.log().flatMap((entry) => narrate(scenario, entry.notices));
    io.out(`${lines.join('\n')}\n\n${meterLines(scenario, state).join('\n')}\n`);
    const deadlines = deadlineLines(scenario, state);
    if (deadlines.length > 0) io.out(`${deadlines.join('\n')}\n`);
    return 0;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('replay')
    .description(tr.t('cli.replay.help.description'))
    .argument(placeholder(tr, 'cli.arg.save'), tr.t('cli.replay.help.save'))
    .option(`--scenario ${placeholder(tr, 'cli.arg.file')}`, tr.t('cli.debrief.help.scenario'))
    .option('--json', tr.t('cli.replay.help.json'))
    .action(async (file: string, options: ReplayOptions) => {
      process.exitCode = await runReplay(file, options, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    });
}
