import { english, saveErrorText, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { restore } from '../../engine/index';
import { guarded, type Io, UsageError } from '../io';
import { deadlineLines, meterLines, outcomeOf } from '../outcome';
import { findScenarioById, readScenario, readText } from '../scenario-file';
import { narrate } from '../narrate';
import { langOption, terminalLanguages, translatorFor } from '../language';

export interface ReplayOptions {
  readonly scenario?: string;
  readonly json?: boolean;
  readonly lang?: string;
  /** The terminal's languages (`LANG`), best first: after --lang and the save's own language. */
  readonly preferred?: readonly string[];
}

/** The scenario id a save names and the language it was played in, read loosely: restore does the real checking. */
function savedNames(text: string): { id: string | null; lang: string | undefined } {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return { id: null, lang: undefined };
    const { scenario, lang } = data as { scenario?: { id?: unknown }; lang?: unknown };
    return { id: typeof scenario?.id === 'string' ? scenario.id : null, lang: typeof lang === 'string' ? lang : undefined };
  } catch {
    return { id: null, lang: undefined };
  }
}

/**
 * `crisis-room replay`: re-derives a saved session's outcome from its log. Until the save and its
 * scenario are read, problems are said in the CLI's language (`cliTr`).
 */
export async function runReplay(file: string, options: ReplayOptions, io: Io, cliTr: Translator = english): Promise<number> {
  return guarded(io, async (io) => {
    const source = readText(file, cliTr);
    const saved = savedNames(source);
    let scenarioFile = options.scenario;
    if (scenarioFile === undefined) {
      const id = saved.id;
      scenarioFile = (id && findScenarioById(id, ['scenarios', dirname(resolve(file))])) || undefined;
      if (scenarioFile === undefined) {
        throw new UsageError(id ? cliTr.t('files.replay.noScenario', { id, file }) : cliTr.t('files.replay.notSave', { file }));
      }
    }
    const scenario = readScenario(scenarioFile, cliTr);
    const restored = restore(source, scenario);
    if (!restored.ok) throw new UsageError(`${file}: ${saveErrorText(restored.error, cliTr)} [${restored.error.code}]`);
    const session = restored.session;
    const state = session.state();
    if (options.json) {
      io.out(`${JSON.stringify(outcomeOf(scenario, state, session.seed), null, 2)}\n`);
      return 0;
    }
    // The language the session was played in, kept with its save, unless --lang asks for another.
    const tr = await translatorFor(options.lang, scenario.languages, saved.lang, options.preferred);
    const lines = session.log().flatMap((entry) => narrate(scenario, entry.notices, tr));
    io.out(`${lines.join('\n')}\n\n${meterLines(scenario, state, tr.lang).join('\n')}\n`);
    const deadlines = deadlineLines(scenario, state, tr);
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
    .action(async (file: string, options: ReplayOptions, command: Command) => {
      process.exitCode = await runReplay(file, { ...options, ...(langOption(command) ? { lang: langOption(command) } : {}), preferred: terminalLanguages(process.env) }, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      }, tr);
    });
}
