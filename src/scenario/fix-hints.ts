/**
 * What to do about the mistakes instructors make most, in their terms: the texts appended to a
 * diagnostic (each starts with '; ') or that replace one. Kept together so the wording is reviewed
 * and translated in one place.
 */
import type { Names } from './names.ts';
import { firstOf, said, type Said } from './said.ts';

/** Quotation marks a word processor substitutes for the straight ones YAML knows. */
const CURLY = /[\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB]/;

/** A number written with thousands separators, as a spreadsheet shows it: `1,100,000`. */
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function hasCurlyQuote(text: string): boolean {
  return CURLY.test(text);
}

export function isCurlyQuote(ch: string): boolean {
  return ch.length === 1 && CURLY.test(ch);
}

/** For a text that holds curly quotes where YAML needs straight ones. */
export function curlyQuoteHint(text: string): Said | null {
  return hasCurlyQuote(text)
    ? said('hint.curlyQuotes', '; the curly quotes \u201C \u201D from a word processor are not quotes in YAML: type straight quotes " instead')
    : null;
}

/** For `1,100,000` where a number belongs. */
export function groupedNumberHint(text: string): Said | null {
  const number = text.trim().replace(/,/g, '');
  return GROUPED.test(text.trim()) ? said('hint.groupedNumber', `; write the number without commas: ${number}`, { number }) : null;
}

/** The message for a line indented with a tab (replaces the parser's several). */
export function tabMessage(line: number): Said {
  return said('CR103.tab', `line ${line} is indented with a tab; YAML indents with spaces only: replace the tab with spaces, lined up with the line above`, { line });
}

/**
 * For an id written under the wrong change block: a flag under `effects` (which changes meters)
 * or a meter under `set` (which changes flags). Null when the id is not that mix-up.
 */
export function misplacedChange(
  block: string,
  id: string,
  value: unknown,
  names: Names,
): Said | null {
  const shown = typeof value === 'boolean' || typeof value === 'number' ? String(value) : '...';
  if (block === 'effects' && names.flags.has(id) && !names.meters.has(id)) {
    const example = typeof value === 'boolean' ? shown : 'true';
    return said('misplaced.flagUnderEffects', `'${id}' is a flag, and effects change meters: set a flag under set, as in set: { ${id}: ${example} }`, { id, example });
  }
  if (block === 'set' && names.meters.has(id) && !names.flags.has(id)) {
    const example = typeof value === 'number' ? shown : '5';
    return said('misplaced.meterUnderSet', `'${id}' is a meter, and set changes flags: change a meter under effects, as in effects: { ${id}: ${example} }`, { id, example });
  }
  return null;
}

/** Keys that belong one level away from where they were written: `next` inside `decision`. */
const MISPLACED_KEYS: Readonly<Record<string, Readonly<Record<string, Said>>>> = {
  decision: {
    next: said('hint.decisionNext', '; a decision leads on through its choices: give each choice its own next (next: <beat id> or next: end), or drop the decision and put next on the beat'),
    effects: said('hint.decisionEffects', '; effects belong to a choice (under choices) or to the beat itself'),
    set: said('hint.decisionSet', '; set belongs to a choice (under choices) or to the beat itself'),
  },
  beat: {
    choices: said('hint.beatChoices', '; choices go under decision (decision: prompt: ... choices: ...)'),
    prompt: said('hint.beatPrompt', '; prompt goes under decision (decision: prompt: ...)'),
    default: said('hint.beatDefault', '; default goes under decision, beside time_limit'),
  },
  choice: {
    prompt: said('hint.choicePrompt', '; prompt belongs to the decision, not to one choice'),
  },
};

export function misplacedKeyHint(noun: string, key: string): Said | null {
  return MISPLACED_KEYS[noun]?.[key] ?? null;
}

/** For an unknown category: the valid ones, and how to declare a new one. */
export function categoryHint(id: string, names: Names): Said {
  const valid = [...names.categories].join(', ');
  const example = id || 'my_category';
  return said('hint.category', `; use one of: ${valid}, or declare it at the top level: categories: [{ id: ${example}, label: ... }]`, { valid, example });
}

/** For a text found where another kind of value belongs: `1,100,000`, or curly quotes. */
export function textValueHint(value: unknown): Said | null {
  return typeof value === 'string' ? firstOf(groupedNumberHint(value), curlyQuoteHint(value)) : null;
}
