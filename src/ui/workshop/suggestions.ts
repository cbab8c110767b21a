/**
 * What to offer at the caret: keys and words from the JSON Schema, and the scenario's own ids where
 * the format expects them (a beat after `next:`, a meter in a condition or under `effects:`, a role
 * under `to:`). Pure: the editor turns these into CodeMirror completions.
 */
import type { JsonSchema } from '../../scenario/json-schema';
import { BUILT_IN_ROLES } from '../../scenario/roles';
import { BUILT_IN_CATEGORIES } from '../../scenario/types';
import { definitionsAt, keysAt, wordsAt } from './schema-at';
import type { DeclaredId, IdKind } from './scenario-ids';
import { ITEM, type YamlContext } from './yaml-context';

export interface Suggestion {
  readonly label: string;
  /** What is inserted, when not just the label (a key gets its `: `). */
  readonly apply?: string;
  readonly type: 'property' | 'keyword' | 'variable' | 'function' | 'constant';
  readonly detail?: string;
  readonly info?: string;
}

export interface SuggestionSet {
  readonly from: number;
  readonly options: readonly Suggestion[];
}

const CONDITION_FUNCTIONS: Readonly<Record<string, { kind: IdKind; info: string }>> = {
  visits: { kind: 'beat', info: 'How many times the team has entered this beat.' },
  chose: { kind: 'choice', info: 'True when the team took this choice.' },
  met: { kind: 'deadline', info: 'True when this deadline was met in full.' },
  missed: { kind: 'deadline', info: 'True when this deadline was missed.' },
  deficient: { kind: 'deadline', info: 'True when this deadline was met deficiently.' },
  fired: { kind: 'trigger', info: 'True when this trigger has fired.' },
};

function idsOf(ids: readonly DeclaredId[], kind: IdKind, detail?: string): Suggestion[] {
  return ids.filter((d) => d.kind === kind).map((d) => ({ label: d.id, type: 'variable', detail: detail ?? kind, ...(d.title !== null && { info: d.title }) }));
}

function builtIns(words: readonly string[], detail: string, declared: readonly Suggestion[]): Suggestion[] {
  return [...words.filter((w) => !declared.some((d) => d.label === w)).map((w): Suggestion => ({ label: w, type: 'constant', detail })), ...declared];
}

/** Ids a key's value names, by what the key means in the format. */
function idsForKey(key: string | undefined, ids: readonly DeclaredId[]): Suggestion[] | null {
  switch (key) {
    case 'next':
      return [...idsOf(ids, 'beat'), { label: 'end', type: 'keyword', info: 'Resolve the endings, in order.' }];
    case 'start':
    case 'goto':
      return idsOf(ids, 'beat');
    case 'default':
      return idsOf(ids, 'choice');
    case 'category':
      return builtIns(BUILT_IN_CATEGORIES, 'built-in category', idsOf(ids, 'category'));
    case 'to':
      return builtIns(Object.keys(BUILT_IN_ROLES), 'built-in role', idsOf(ids, 'role'));
    default:
      return null;
  }
}

/** Inside a condition: the name being typed, and the function it is an argument of, if any. */
function conditionSuggestions(context: YamlContext, ids: readonly DeclaredId[]): SuggestionSet {
  const word = /[A-Za-z_][\w]*$/.exec(context.prefix)?.[0] ?? '';
  const from = context.from + context.prefix.length - word.length;
  const call = /([a-z]+)\(\s*[\w]*$/.exec(context.prefix);
  const fn = call ? CONDITION_FUNCTIONS[call[1] ?? ''] : undefined;
  if (fn) return { from, options: idsOf(ids, fn.kind) };
  return {
    from,
    options: [
      ...idsOf(ids, 'meter'),
      ...idsOf(ids, 'flag'),
      ...idsOf(ids, 'fact'),
      ...Object.entries(CONDITION_FUNCTIONS).map(([name, f]): Suggestion => ({ label: name, apply: `${name}(`, type: 'function', detail: `${name}(${f.kind})`, info: f.info })),
      ...['and', 'or', 'not'].map((w): Suggestion => ({ label: w, type: 'keyword' })),
    ],
  };
}

export function suggest(schema: JsonSchema, context: YamlContext, ids: readonly DeclaredId[], presentKeys: ReadonlySet<string> = new Set()): SuggestionSet | null {
  const { path, mode } = context;
  const definitions = definitionsAt(schema, path);
  if (mode === 'value' && definitions.has('condition')) return conditionSuggestions(context, ids);
  if (mode === 'key') {
    // Maps keyed by the scenario's ids: `effects: { trust: 5 }`, `set: { notified: true }`.
    if (definitions.has('effects') || definitions.has('meterLimits')) return { from: context.from, options: idsOf(ids, 'meter').map((s) => ({ ...s, apply: `${s.label}: ` })) };
    if (definitions.has('flagChanges')) return { from: context.from, options: idsOf(ids, 'flag').map((s) => ({ ...s, apply: `${s.label}: ` })) };
    if (definitions.has('factChanges')) return { from: context.from, options: idsOf(ids, 'fact').map((s) => ({ ...s, apply: `${s.label}: ` })) };
    const keys = keysAt(schema, path).filter((k) => !presentKeys.has(k.key));
    if (keys.length > 0) {
      return {
        from: context.from,
        options: keys.map((k): Suggestion => ({ label: k.key, apply: `${k.key}: `, type: 'property', ...(k.required && { detail: 'required' }), ...(k.description !== null && { info: k.description }) })),
      };
    }
  }
  // A value: the scenario's ids where the key names one, else the schema's fixed words.
  const key = path[path.length - 1] === ITEM ? path[path.length - 2] : path[path.length - 1];
  const named = idsForKey(key, ids);
  if (named) return { from: context.from, options: named };
  const words = wordsAt(schema, path);
  return words.length === 0 ? null : { from: context.from, options: words.map((w): Suggestion => ({ label: w, type: 'constant' })) };
}
