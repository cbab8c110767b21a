/**
 * Conditional texts in the engine: which variant of an inject's headline and body, a choice's
 * feedback or an ending's epilogue a team sees. The engine picks once, at the moment the text
 * belongs to (an inject when it is delivered, feedback right after the choice's outcome, an
 * epilogue when the ending is reached), and records the pick in the notice, so every view, a save
 * and a replay show the same words without evaluating anything again.
 *
 * Texts change nothing the rules observe: they are picked only where notices are collected (a
 * session's object draft), never in the packed states of the analysis, whose layout does not
 * keep what only a text's condition reads.
 */
import type { TextCase } from '../scenario/types';
import type { StoreTest } from './conditions';
import type { Store } from './store';

/** The compiled conditions of one text's variants, in order; null for a text without variants. */
export type CaseTests = readonly StoreTest[] | null;

/** Compiles the variants' conditions with a compiler over any Store. */
export function caseTests(cases: readonly TextCase[] | undefined, test: (condition: TextCase['when']) => StoreTest): CaseTests {
  return cases === undefined || cases.length === 0 ? null : cases.map((item) => test(item.when));
}

/** The index of the first variant whose condition holds in `store`, or undefined for the fallback. */
export function pickCase(tests: CaseTests, store: Store): number | undefined {
  if (tests === null) return undefined;
  for (let index = 0; index < tests.length; index++) if (tests[index]!(store)) return index;
  return undefined;
}
