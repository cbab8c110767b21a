/**
 * Quick fixes for the checker's did-you-mean hints: a diagnostic whose message ends
 * `did you mean 'regulator'?` can replace the misspelt name in its range with the suggestion.
 * The message is the one source (the CLI prints the same words), so the fix can never suggest
 * something the message does not.
 */
import type { Diagnostic } from '../../scenario/diagnostic';
import { editDistance } from '../../scenario/suggest';

export interface QuickFix {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

const SUGGESTION = /did you mean '([^']+)'\?/;

/**
 * The edit that applies the diagnostic's suggestion to `text`, or null when it has none. The
 * misspelt name is the word in the diagnostic's range nearest to the suggestion: a range may cover
 * more than the name (a whole condition, `next: regulatr`).
 */
export function quickFix(diagnostic: Diagnostic, text: string): QuickFix | null {
  const suggestion = SUGGESTION.exec(diagnostic.message)?.[1];
  if (suggestion === undefined) return null;
  const start = Math.min(diagnostic.range.start.offset, text.length);
  // A range that ends where it starts (a missing value) still points at the line's name.
  const end = Math.max(start, Math.min(diagnostic.range.end.offset, text.length));
  const lineEnd = text.indexOf('\n', start);
  const scope = end > start ? text.slice(start, end) : text.slice(start, lineEnd === -1 ? text.length : lineEnd);
  let best: { from: number; to: number; distance: number } | null = null;
  for (const match of scope.matchAll(/[A-Za-z_$][\w$-]*/g)) {
    const word = match[0];
    if (word === suggestion) continue;
    const distance = editDistance(word.toLowerCase(), suggestion.toLowerCase());
    if (!best || distance < best.distance) best = { from: start + match.index, to: start + match.index + word.length, distance };
  }
  if (!best || best.distance > Math.max(3, Math.ceil(suggestion.length / 2))) return null;
  return { label: `Change to '${suggestion}'`, from: best.from, to: best.to, insert: suggestion };
}
