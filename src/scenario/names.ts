import { BUILT_IN_CATEGORIES } from './types.ts';
import { asList, asObject, type Raw } from './read.ts';

/** Every id a scenario declares, by kind: what references and conditions resolve against. */
export interface Names {
  readonly meters: ReadonlySet<string>;
  readonly flags: ReadonlySet<string>;
  readonly facts: ReadonlySet<string>;
  readonly beats: ReadonlySet<string>;
  readonly choices: ReadonlySet<string>;
  readonly deadlines: ReadonlySet<string>;
  readonly triggers: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
}

/** Ids no declaration may take: the condition language's words and the `end` target. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'true',
  'false',
  'time',
  'end',
]);

function ids(list: unknown): Set<string> {
  const out = new Set<string>();
  for (const item of asList(list)) {
    const id = asObject(item)['id'];
    if (typeof id === 'string') out.add(id);
  }
  return out;
}

/** The declared ids of a raw scenario value, read before normalising so conditions can resolve. */
export function collectNames(raw: Raw): Names {
  const choices = new Set<string>();
  for (const beat of asList(raw['beats'])) {
    for (const id of ids(asObject(asObject(beat)['decision'])['choices'])) choices.add(id);
  }
  return {
    meters: ids(raw['meters']),
    flags: ids(raw['flags']),
    facts: ids(raw['facts']),
    beats: ids(raw['beats']),
    choices,
    deadlines: ids(raw['deadlines']),
    triggers: ids(raw['triggers']),
    categories: new Set([...BUILT_IN_CATEGORIES, ...ids(raw['categories'])]),
  };
}
