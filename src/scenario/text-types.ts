/** Scenario text: plain or per language, and the conditional variants a text may have. */
import type { Condition } from './condition-types';

/** A text is a plain string, or a map of language code to string (`{ en: ..., ko: ... }`). */
export type Text = string | Readonly<Record<string, string>>;

/**
 * One conditional variant of a text (`{ when: ..., text: ... }` in the file). A text that has
 * variants keeps its plain field as the fallback, shown when no variant's condition holds; the
 * variants sit beside it in a `...Cases` field, tried in order, first match wins.
 */
export interface TextCase {
  readonly when: Condition;
  readonly text: Text;
}
