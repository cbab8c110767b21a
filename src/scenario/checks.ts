import type { Scenario } from './types.ts';
import { checkDuplicates } from './check-duplicates.ts';
import { checkFlow } from './check-flow.ts';
import { checkLanguages } from './check-languages.ts';
import { checkReferences } from './check-references.ts';
import { checkStructure } from './check-structure.ts';
import { checkValues } from './check-values.ts';
import type { Names } from './names.ts';
import type { Reporter } from './report.ts';
import type { TextSite } from './schema-walker.ts';

/** The semantic checks after the schema, in the order of the diagnostic code ranges. */
export function runChecks(
  s: Scenario,
  names: Names,
  texts: readonly TextSite[],
  reporter: Reporter,
): void {
  checkValues(s, reporter);
  checkDuplicates(s, reporter);
  checkReferences(s, names, reporter);
  checkStructure(s, reporter);
  // With an unknown beat somewhere, the graph is incomplete and its findings would only echo it.
  if (!reporter.diagnostics.some((d) => d.code === 'CR301')) checkFlow(s, reporter);
  checkLanguages(s, texts, reporter);
}
