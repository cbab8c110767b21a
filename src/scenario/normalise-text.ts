/**
 * Reads a text that may follow the play: a plain text as ever, or a list of `{ when, text }`
 * variants ending with a `{ text }` fallback. The model keeps the fallback in the text's own field,
 * so every reader that knows nothing of variants still shows a true, if general, text.
 */
import type { NormaliseContext } from './context.ts';
import type { Path } from './path.ts';
import { asList, asObject, asText, has } from './read.ts';
import type { Text, TextCase } from './types.ts';
import { said } from './said.ts';

/** A conditional text read: the fallback, and the variants before it (absent when there are none). */
export interface ReadText {
  readonly text: Text;
  readonly cases?: readonly TextCase[];
}

/** The codes of a variant list's arrangement: no fallback last, and a fallback before the last. */
export const NO_FALLBACK = 'CR420';
export const EARLY_FALLBACK = 'CR421';
/** An inject with seeded `variants` and a conditional headline or body, which could never show. */
export const HIDDEN_BY_VARIANTS = 'CR422';

/**
 * Reads `v` at `path`. In a list, every item but the last needs a `when` (CR421: an item without
 * one would hide the rest) and the last must have none (CR420: the fallback every team can see).
 */
export function readConditionalText(v: unknown, path: Path, cx: NormaliseContext): ReadText {
  if (!Array.isArray(v)) return { text: asText(v, cx.languages) };
  const items = asList(v).map(asObject);
  const cases: TextCase[] = [];
  items.forEach((item, index) => {
    const last = index === items.length - 1;
    const conditional = has(item, 'when');
    if (conditional && last) {
      cx.problem?.(
        NO_FALLBACK,
        said('CR420', 'the last variant of a text has a when: add a fallback item without one ({ text: ... }), shown when no condition holds'),
        [...path, index, 'when'],
      );
    } else if (!conditional && !last) {
      cx.problem?.(
        EARLY_FALLBACK,
        said(
          'CR421',
          `this variant has no when, so the ${items.length - 1 - index === 1 ? 'variant' : 'variants'} after it would never be shown: give it a when, or move it last`,
          { count: items.length - 1 - index },
        ),
        [...path, index],
      );
    }
    if (conditional) {
      cases.push({
        when: cx.condition(item['when'], [...path, index, 'when']),
        text: asText(item['text'], cx.languages),
      });
    }
  });
  const fallback = items.at(-1);
  const text = fallback === undefined ? '' : asText(fallback['text'], cx.languages);
  // A list whose last item has a when is reported above; its last text still stands in as the fallback.
  return cases.length > 0 ? { text, cases } : { text };
}
