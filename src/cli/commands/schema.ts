import type { Command } from 'commander';
import { scenarioSchema } from '../../scenario/index';

/** The schema as scenarios/schema.json holds it: two-space JSON and a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(scenarioSchema, null, 2)}\n`;
}

export function register(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft-07) of the scenario format')
    .addHelpText(
      'after',
      '\nscenarios/schema.json is this output: crisis-room schema > scenarios/schema.json',
    )
    .action(() => {
      process.stdout.write(schemaText());
    });
}
