import { english, type Translator } from '../../i18n/index';
import { placeholder } from '../help-words';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { scenarioSchema } from '../../scenario/index';
import { guarded, UsageError } from '../io';

/** The schema as scenarios/schema.json holds it: two-space JSON and a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(scenarioSchema, null, 2)}\n`;
}

export function register(program: Command, tr: Translator = english): void {
  program
    .command('schema')
    .description(tr.t('cli.schema.help.description'))
    .option(`--out ${placeholder(tr, 'cli.arg.dir')}`, tr.t('cli.schema.help.out', { dir: placeholder(tr, 'cli.arg.dir') }))
    .addHelpText('after', `\n${tr.t('cli.schema.help.after', { dir: placeholder(tr, 'cli.arg.itsFolder') })}`)
    .action(async (options: { out?: string }) => {
      const io = { out: (text: string) => void process.stdout.write(text), err: (text: string) => void process.stderr.write(text) };
      process.exitCode = await guarded(io, (safe) => {
        if (options.out === undefined) {
          safe.out(schemaText());
          return 0;
        }
        const file = join(options.out, 'schema.json');
        try {
          mkdirSync(options.out, { recursive: true });
          writeFileSync(file, schemaText());
        } catch (error) {
          throw new UsageError(tr.t('cli.debrief.cannotWrite', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
        }
        safe.out(`${tr.t('cli.schema.wrote', { file })}\n`);
        return 0;
      });
    });
}
