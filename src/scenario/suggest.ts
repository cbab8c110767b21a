import { phrase, said, type Phrase, type Said } from './said.ts';

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit
 * each (optimal string alignment), with an early exit once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (before[j - 2] as number) + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** The closest candidate: within 1 edit for names up to 3 characters, 2 up to 6, else 3. */
export function closest(name: string, candidates: Iterable<string>): string | null {
  const limit = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name.toLowerCase(), c.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean 'disclose'?` or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): Said | null {
  const c = closest(name, candidates);
  return c === null ? null : said('hint.didYouMean', `; did you mean '${c}'?`, { name: c });
}

/** The kinds of name a scenario or a test plan declares, each worded by its phrase (`noun.beat`). */
export const NAME_NOUNS = {
  beat: 'beat',
  meter: 'meter',
  flag: 'flag',
  fact: 'fact',
  choice: 'choice',
  deadline: 'deadline',
  trigger: 'trigger',
  category: 'category',
  role: 'role',
  objective: 'objective',
  ending: 'ending',
  optionalInject: 'optional inject',
  // Parts of the file a schema message names ("unknown key 'x' in decision").
  scenario: 'scenario',
  decision: 'decision',
  claim: 'claim',
  artefact: 'artefact',
  textVariant: 'text variant',
  text: 'text',
  inject: 'inject',
  question: 'question',
  reference: 'reference',
  evidence: 'evidence',
  module: 'module',
  builtInCategory: 'built-in category',
  meterFlagFact: 'meter/flag/fact',
  planAssignment: 'planAssignment',
  // Parts of an instructor test plan file (src/engine/plan-file.ts).
  planFile: 'plan file',
  plan: 'plan',
} as const;
export type NameNoun = keyof typeof NAME_NOUNS;

/** "unknown beat 'x'", the id as written. */
export function unknownName(noun: NameNoun, id: string): Said {
  return said('unknown', `unknown ${NAME_NOUNS[noun]} '${id}'`, { noun: phrase(`noun.${noun}`), id });
}

/** "; declare it under meters": where a name of this kind is declared. */
export function declareUnder(section: string): Said {
  return said('hint.declareUnder', `; declare it under ${section}`, { section });
}

/** A part of the file as a message names it: worded by its phrase when it has one, else as written. */
export function nounValue(noun: string): Phrase | string {
  const key = (Object.keys(NAME_NOUNS) as NameNoun[]).find((k) => NAME_NOUNS[k] === noun);
  return key === undefined ? noun : phrase(`noun.${key}`);
}
