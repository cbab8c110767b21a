/**
 * A diagnostic's message as English text plus the phrases another language words it from (issue
 * #20). Each phrase is a key under the catalogs' `diagnostics` namespace and the values it fills
 * in; a value may itself be a phrase (a type, a noun) that the reader's language words first. The
 * English stays here beside each check, so a page that only loads a scenario never downloads the
 * catalogs; a test holds the catalog's English to this text, phrase by phrase.
 */
export type PhraseValue = string | number | Phrase;
export type PhraseValues = Readonly<Record<string, PhraseValue>>;

export interface Phrase {
  readonly key: string;
  readonly values?: PhraseValues;
}

export interface Said {
  readonly text: string;
  readonly words: readonly Phrase[];
}

/** One phrase: its catalog key, its English and the values both were made from. */
export function said(key: string, text: string, values?: PhraseValues): Said {
  return { text, words: [values === undefined ? { key } : { key, values }] };
}

/** A phrase used as a value inside another (a type or a noun the reader's language words). */
export function phrase(key: string, values?: PhraseValues): Phrase {
  return values === undefined ? { key } : { key, values };
}

/** Phrases in a row as one message: "unknown beat 'x'" then "; did you mean 'y'?". */
export function joined(...parts: readonly (Said | null)[]): Said {
  const present = parts.filter((p): p is Said => p !== null);
  return { text: present.map((p) => p.text).join(''), words: present.flatMap((p) => p.words) };
}

/** The first hint that applies, as `a || b || c` chose among texts. */
export function firstOf(...hints: readonly (Said | null)[]): Said | null {
  return hints.find((h): h is Said => h !== null && h.text !== '') ?? null;
}
