/**
 * Where a condition or a conditional text sits (`choice hidden (if)`, `inject letter body`) in the
 * reader's language: one wording for the `analyze` report and the workshop (issue #20). Each place
 * has its own key, so a language orders the id, the owner and the YAML key as it reads best.
 */
import type { Where } from '../scenario/where.ts';
import type { MessageKey } from './catalog-types.ts';
import type { Translator } from './translator.ts';

/** The key of each kind of place and field; spelt out so a missing one is a type error. */
const KEYS: { readonly [K in Where['kind']]: Readonly<Record<Extract<Where, { kind: K }>['field'], MessageKey>> } = {
  choice: { if: 'analysis.where.choiceIf', feedback: 'analysis.where.choiceFeedback', consequence: 'analysis.where.choiceConsequence' },
  ending: { when: 'analysis.where.endingWhen', epilogue: 'analysis.where.endingEpilogue' },
  trigger: { when: 'analysis.where.triggerWhen' },
  deadline: { starts_when: 'analysis.where.deadlineStartsWhen', met_when: 'analysis.where.deadlineMetWhen', deficient_when: 'analysis.where.deadlineDeficientWhen' },
  rubric: { when: 'analysis.where.rubricWhen' },
  inject: { headline: 'analysis.where.injectHeadline', body: 'analysis.where.injectBody' },
};

/** The place in the translator's language. */
export function whereText(where: Where, tr: Translator): string {
  const keys: Readonly<Record<string, MessageKey>> = KEYS[where.kind];
  const key = keys[where.field]!;
  return where.kind === 'rubric' ? tr.t(key, { id: where.id, evidence: where.evidence }) : tr.t(key, { id: where.id });
}
