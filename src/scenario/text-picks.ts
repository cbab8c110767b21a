/**
 * The one resolver every view calls for a text that may follow the play: given what the engine
 * recorded when it picked (a notice's `variant`, `headlineCase`, `bodyCase`, `feedbackCase`,
 * `consequenceCase` or `epilogueCase`), the text the team saw. Nothing is evaluated again, so the projector, the
 * console, terminal play, the debrief and a replay show the same words.
 */
import type { Choice, Ending, Inject, Text, TextCase } from './types.ts';

/** What was picked for one delivery of an inject; an inject notice is one. */
export interface InjectPick {
  readonly variant?: number | undefined;
  readonly headlineCase?: number | undefined;
  readonly bodyCase?: number | undefined;
}

/** The variant `picked` names, or the fallback when it names none. */
export function caseText(fallback: Text, cases: readonly TextCase[] | undefined, picked: number | undefined): Text {
  return picked === undefined ? fallback : (cases?.[picked]?.text ?? fallback);
}

/**
 * An inject's headline and body as delivered: a seeded variant replaces both; otherwise each is
 * its picked conditional variant, or its plain text.
 */
export function injectTexts(inject: Inject, pick: InjectPick = {}): { readonly headline: Text; readonly body: Text } {
  const variant = pick.variant === undefined ? undefined : inject.variants?.[pick.variant];
  if (variant) return variant;
  return {
    headline: caseText(inject.headline, inject.headlineCases, pick.headlineCase),
    body: caseText(inject.body, inject.bodyCases, pick.bodyCase),
  };
}

/** A choice's feedback as picked after its outcome (the fallback when nothing was recorded). */
export const feedbackText = (choice: Choice, picked?: number): Text => caseText(choice.feedback, choice.feedbackCases, picked);

/** A choice's outcome story as picked after its outcome; undefined for a choice that tells none. */
export function consequenceText(choice: Choice, picked?: number): Text | undefined {
  return choice.consequence === undefined ? undefined : caseText(choice.consequence, choice.consequenceCases, picked);
}

/** An ending's epilogue as picked when it was reached (the fallback when nothing was recorded). */
export const epilogueText = (ending: Ending, picked?: number): Text => caseText(ending.epilogue, ending.epilogueCases, picked);

/** The notices a pick can be read from: any list with the engine's notice shapes. */
type PickNotice =
  | { readonly kind: 'feedback'; readonly choice: string; readonly feedbackCase?: number }
  | { readonly kind: 'consequence'; readonly choice: string; readonly consequenceCase?: number }
  | { readonly kind: 'ending'; readonly ending: string; readonly epilogueCase?: number }
  | { readonly kind: string };

/** The feedback variant last recorded for `choice` among `notices` (undefined: the fallback). */
export function feedbackCaseIn(notices: readonly PickNotice[], choice: string): number | undefined {
  for (const notice of notices.toReversed()) if (notice.kind === 'feedback' && 'choice' in notice && notice.choice === choice) return 'feedbackCase' in notice ? notice.feedbackCase : undefined;
  return undefined;
}

/** The outcome story's variant last recorded for `choice` among `notices` (undefined: the fallback). */
export function consequenceCaseIn(notices: readonly PickNotice[], choice: string): number | undefined {
  for (const notice of notices.toReversed()) if (notice.kind === 'consequence' && 'choice' in notice && notice.choice === choice) return 'consequenceCase' in notice ? notice.consequenceCase : undefined;
  return undefined;
}

/** The epilogue variant last recorded for `ending` among `notices` (undefined: the fallback). */
export function epilogueCaseIn(notices: readonly PickNotice[], ending: string): number | undefined {
  for (const notice of notices.toReversed()) if (notice.kind === 'ending' && 'ending' in notice && notice.ending === ending) return 'epilogueCase' in notice ? notice.epilogueCase : undefined;
  return undefined;
}
