/**
 * `crisis-room new <file>`: the new-scenario wizard on the command line. Answers come from the
 * options; whatever is missing is asked for, one question a line, on standard input. Writes the
 * scenario and, beside it, the schema its modeline names, so an editor completes it wherever it is.
 */
import { english, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { DEADLINE_PRESETS, presetName } from '../../authoring/deadline-presets';
import { checkAnswers, MAX_DECISIONS, MIN_DECISIONS, newScenario, type CustomDeadline, type NewScenarioAnswers } from '../../authoring/new-scenario';
import { loadScenario } from '../../scenario/index';
import { guarded, UsageError, type Io } from '../io';
import { stdinLines } from './play';
import { schemaText } from './schema';

export interface NewOptions {
  readonly incident?: string;
  readonly meter?: readonly string[];
  readonly deadline?: readonly string[];
  readonly customDeadline?: readonly string[];
  readonly decisions?: string;
  readonly author?: string;
  readonly force?: boolean;
  readonly schema?: boolean;
}

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];

/** `Brief the board:48` → a custom deadline of 48 hours. */
function customDeadline(text: string, tr: Translator): CustomDeadline {
  const at = text.lastIndexOf(':');
  const hours = at < 0 ? NaN : Number(text.slice(at + 1));
  if (at < 0 || !Number.isFinite(hours)) throw new UsageError(tr.t('cli.new.customDeadlineShape', { text }));
  return { label: text.slice(0, at).trim(), hours };
}

/** Asks for each missing answer on its own line. */
async function ask(options: NewOptions, io: Io, tr: Translator): Promise<NewOptions> {
  const missing = options.incident === undefined || options.meter === undefined || options.deadline === undefined || options.decisions === undefined;
  if (!missing) return options;
  if (!io.input) throw new UsageError(tr.t('cli.new.needAnswers'));
  const lines = io.input[Symbol.asyncIterator]();
  const question = async (text: string): Promise<string> => {
    io.err(`${text}\n> `);
    const line = await lines.next();
    if (line.done) throw new UsageError(tr.t('cli.new.noAnswer', { question: text }));
    return line.value.trim();
  };
  try {
    const incident = options.incident ?? (await question(tr.t('cli.new.askIncident')));
    const meter = options.meter ?? collect(await question(tr.t('cli.new.askMeters')));
    const presets = DEADLINE_PRESETS.map((p) => `${p.id} (${presetName(p, tr)})`).join(', ');
    const deadline = options.deadline ?? collect(await question(tr.t('cli.new.askDeadlines', { presets })));
    const decisions = options.decisions ?? (await question(tr.t('cli.new.askDecisions', { min: MIN_DECISIONS, max: MAX_DECISIONS })));
    return { ...options, incident, meter, deadline, decisions };
  } finally {
    await lines.return?.();
  }
}

export async function runNew(file: string, options: NewOptions, io: Io, tr: Translator = english): Promise<number> {
  return guarded(io, async (out) => {
    if (existsSync(file) && !options.force) throw new UsageError(tr.t('cli.new.exists', { file }));
    const answered = await ask(options, out, tr);
    const answers: NewScenarioAnswers = {
      incident: answered.incident ?? '',
      meters: answered.meter ?? [],
      deadlines: (answered.deadline ?? []).filter((id) => id !== 'none'),
      customDeadlines: (answered.customDeadline ?? []).map((text) => customDeadline(text, tr)),
      decisions: Number(answered.decisions),
      ...(answered.author !== undefined && { author: answered.author }),
    };
    const problems = checkAnswers(answers, tr);
    if (problems.length > 0) {
      for (const p of problems) out.err(`crisis-room new: ${tr.t(`authoring.field.${p.field}`)}: ${p.message}\n`);
      return 1;
    }
    const text = newScenario(answers);
    // The generator's promise, kept honest at the door: never write a file that does not check.
    const errors = loadScenario(text, { file }).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`the generated scenario does not check: ${errors[0]?.message ?? ''}`);
    try {
      writeFileSync(file, text);
      if (options.schema !== false) writeFileSync(join(dirname(file), 'schema.json'), schemaText());
    } catch (error) {
      throw new UsageError(tr.t('cli.debrief.cannotWrite', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
    out.out(`${options.schema !== false ? tr.t('cli.new.wroteWithSchema', { file, schema: join(dirname(file), 'schema.json') }) : tr.t('cli.new.wrote', { file })}\n`);
    return 0;
  });
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('new')
    .description(tr.t('cli.new.help.description'))
    .argument(placeholder(tr, 'cli.arg.file'), tr.t('cli.new.help.file'))
    .option(`--incident ${placeholder(tr, 'cli.arg.text')}`, tr.t('cli.new.help.incident'))
    .option(`--meter ${placeholder(tr, 'cli.arg.names')}`, tr.t('cli.new.help.meter'), collect)
    .option(`--deadline ${placeholder(tr, 'cli.arg.deadlineIds')}`, tr.t('cli.new.help.deadline', { list: DEADLINE_PRESETS.map((p) => p.id).join(', ') }), collect)
    .option(`--custom-deadline ${placeholder(tr, 'cli.arg.labelHours')}`, tr.t('cli.new.help.customDeadline'), (v: string, prev: string[] = []) => [...prev, v])
    .option('--decisions <n>', tr.t('cli.new.help.decisions', { min: MIN_DECISIONS, max: MAX_DECISIONS }))
    .option(`--author ${placeholder(tr, 'cli.arg.name')}`, tr.t('cli.new.help.author'))
    .option('--force', tr.t('cli.new.help.force'))
    .option('--no-schema', tr.t('cli.new.help.noSchema'))
    .action(async (file: string, options: NewOptions) => {
      process.exitCode = await runNew(file, options, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        get input() {
          return stdinLines();
        },
      }, tr);
    });
}
