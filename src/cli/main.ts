import { Command, CommanderError } from 'commander';
import { commands } from './commands/index';
import { english, loadTranslator, resolveLanguage, type Translator } from '../i18n/index';
import { explicitLanguage, parseLang, terminalLanguages } from './language';
import { showControls } from './terminal-text';
import { helpEntries, helpIn, placeholder } from './help-words';
import { commanderMessage } from './commander-words';

/** Exit codes: 0 success, 1 problems found (or an internal error), 2 wrong usage. */
export const EXIT_USAGE = 2;

/** Commander's message on one line, keeping its "(Did you mean check?)" suggestion. */
function oneLine(message: string): string {
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Builds the program with every command registered; usage errors throw instead of exiting. */
export function createProgram(
  write: {
    out: (s: string) => void;
    err: (s: string) => void;
  },
  tr: Translator = english,
): Command {
  const program = helpEntries(new Command('crisis-room'), tr)
    .configureHelp(helpIn(tr))
    .description(tr.t('cli.program.description'))
    .option(`--lang ${placeholder(tr, 'cli.arg.code')}`, tr.t('cli.program.lang'), (value: string) => parseLang(value, tr))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      // One line, no stack: "crisis-room: error: unknown option '--jsn'".
      outputError: (message, out) =>
        out(`crisis-room: ${commanderMessage(oneLine(message), tr)} ${tr.t('cli.usage.seeHelp')}\n`),
    });
  for (const register of commands) register(program, tr);
  return program;
}

/**
 * Runs the CLI with the arguments after the program name and resolves to the exit code. Commands
 * report their own result through `process.exitCode`; nothing escapes as a stack trace.
 */
export async function main(argv: string[]): Promise<number> {
  const write = {
    out: (s: string) => void process.stdout.write(s),
    err: (s: string) => void process.stderr.write(s),
  };
  process.exitCode = undefined;
  try {
    // The CLI's own words (help, usage, check's diagnostics): --lang, else the terminal's language.
    const tr = await loadTranslator(resolveLanguage({ explicit: explicitLanguage(argv) ?? null, preferred: terminalLanguages(process.env) }));
    await createProgram(write, tr).parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version'
        ? 0
        : EXIT_USAGE;
    }
    const detail = err instanceof Error ? err.message : String(err);
    write.err(showControls(`crisis-room: internal error: ${detail.split('\n')[0] ?? ''}\n`));
    if (process.env['CRISIS_ROOM_DEBUG'] && err instanceof Error) write.err(`${err.stack ?? ''}\n`);
    return 1;
  }
}
