import type { Scenario } from './types.ts';
import type { Diagnostic } from './diagnostic.ts';
import { checkCaps } from './check-caps.ts';
import { checkCaseTimeline } from './check-case-timeline.ts';
import { checkChance } from './check-chance.ts';
import { checkConsequences } from './check-consequences.ts';
import { checkDeadlines } from './check-deadlines.ts';
import { checkDetours } from './check-detours.ts';
import { checkDuplicates } from './check-duplicates.ts';
import { checkFlow } from './check-flow.ts';
import { checkLanguages } from './check-languages.ts';
import { checkModules } from './check-modules.ts';
import { checkImprovementPlan } from './check-plan.ts';
import { checkReferences } from './check-references.ts';
import { checkRoles } from './check-roles.ts';
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
  checkCaps(s, reporter);
  checkDeadlines(s, reporter);
  checkDuplicates(s, reporter);
  checkReferences(s, names, reporter);
  checkModules(s, names, reporter);
  checkCaseTimeline(s, reporter);
  checkConsequences(s, reporter);
  checkImprovementPlan(s, names, reporter);
  checkRoles(s, reporter);
  checkStructure(s, reporter);
  checkDetours(s, reporter);
  // With an unknown beat, or a beat or decision that is malformed, the graph is incomplete and
  // its findings would only echo the error already reported.
  if (!reporter.diagnostics.some(breaksGraph)) checkFlow(s, reporter);
  checkChance(s, reporter);
  checkLanguages(s, texts, reporter);
}

function breaksGraph(d: Diagnostic): boolean {
  if (d.code === 'CR301' || d.code === 'CR407' || d.code === 'CR410') return true;
  return d.severity === 'error' && d.code.startsWith('CR2') && (d.path ?? '').startsWith('beats');
}
