/**
 * A design finding's sentence and title in the reader's language (issue #20): a finding said in
 * words whose keys the catalogs hold (`findings.<key>`, nested words and lists of them included)
 * is worded with the values it carries; any other keeps the English the analysis wrote.
 */
import type { MessageKey } from './catalog-types.ts';
import type { Translator } from './translator.ts';

/** A catalog key (`findings.<key>`) and the values it names; a value may itself be words, or a list of them. */
export interface FindingWords {
  readonly key: string;
  readonly values: Readonly<Record<string, FindingValue>>;
}
export type FindingValue = string | number | FindingWords | readonly FindingWords[];

const findingKey = (key: string): MessageKey => `findings.${key}` as MessageKey;

function worded(value: FindingValue, tr: Translator): boolean {
  if (typeof value !== 'object') return true;
  if (Array.isArray(value)) return (value as readonly FindingWords[]).every((item) => worded(item, tr));
  const words = value as FindingWords;
  return tr.has(findingKey(words.key)) && Object.values(words.values).every((v) => worded(v, tr));
}

/** The words in the translator's language, nested words first; a list is joined by commas. */
export function findingWordsText(words: FindingWords, tr: Translator): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(words.values)) {
    values[name] = typeof value !== 'object' ? value : Array.isArray(value) ? (value as readonly FindingWords[]).map((item) => findingWordsText(item, tr)).join(', ') : findingWordsText(value as FindingWords, tr);
  }
  return tr.t(findingKey(words.key), values);
}

/** A finding's (or a strategy's) sentence when the translator words all of it; else its English. */
export function findingText(said: { readonly message: string; readonly words?: FindingWords }, tr: Translator): string {
  return said.words && worded(said.words, tr) ? findingWordsText(said.words, tr) : said.message;
}

/** A finding's title ("always the first choice wins") in the translator's language, else its English. */
export function findingTitle(finding: { readonly code: string; readonly title: string }, tr: Translator): string {
  const key = findingKey(`title.${finding.code}`);
  return tr.has(key) ? tr.t(key) : finding.title;
}
