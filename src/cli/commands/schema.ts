import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { scenarioSchema } from '../../scenario/index';
import { guarded, UsageError } from '../io';

/** The schema as scenarios/schema.json holds it: two-space JSON and a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(scenarioSchema, null, 2)}\n`;
}

export function register(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft-07) of the scenario format')
    .option('--out <dir>', 'write it as <dir>/schema.json instead, beside your scenarios')
    .addHelpText(
      'after',
      '\nscenarios/schema.json is this output: crisis-room schema > scenarios/schema.json\n' +
        'A scenario whose first line is "# yaml-language-server: $schema=./schema.json" gets completion\n' +
        'in editors with the YAML language server, wherever it is, once crisis-room schema --out <its folder> ran.',
    )
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
          throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
        safe.out(`Wrote ${file}\n`);
        return 0;
      });
    });
}
