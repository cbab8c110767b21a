/**
 * The editor's help as the author types: completion and hover documentation, from the scenario
 * schema and the ids the text declares (suggestions.ts decides what; this file adapts it to
 * CodeMirror). Hover text is plain text nodes, never markup.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Text } from '@codemirror/state';
import { hoverTooltip } from '@codemirror/view';
import { scenarioSchema } from '../../scenario/schema';
import { describeKey } from './schema-at';
import { declaredIds, type DeclaredId } from './scenario-ids';
import { suggest } from './suggestions';
import { yamlContext } from './yaml-context';

// Parsing the whole text for its ids once per version of the document, not once per keystroke
// of a completion session.
const idCache = new WeakMap<Text, readonly DeclaredId[]>();
function idsOf(doc: Text): readonly DeclaredId[] {
  let ids = idCache.get(doc);
  if (!ids) {
    ids = declaredIds(doc.toString());
    idCache.set(doc, ids);
  }
  return ids;
}

export function completionSource(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = context.state.sliceDoc(0, context.pos);
  const where = yamlContext(before, context.pos);
  if (!where) return null;
  // Typing opens the list only once a word is started, or right after `key: `; Ctrl-Space always.
  const typedWord = /[\w$]$/.test(before);
  const afterColon = /:\s$/.test(context.state.sliceDoc(line.from, context.pos));
  if (!context.explicit && !typedWord && !afterColon) return null;
  const set = suggest(scenarioSchema, where, idsOf(context.state.doc));
  if (!set || set.options.length === 0) return null;
  return {
    from: set.from,
    options: set.options.map(
      (s): Completion => ({ label: s.label, type: s.type, ...(s.apply !== undefined && { apply: s.apply }), ...(s.detail !== undefined && { detail: s.detail }), ...(s.info !== undefined && { info: s.info }) }),
    ),
    validFor: /^[\w$-]*$/,
  };
}

const KIND_WORDS: Readonly<Record<DeclaredId['kind'], string>> = {
  beat: 'Beat',
  choice: 'Choice',
  meter: 'Meter',
  flag: 'Flag',
  fact: 'Fact',
  role: 'Role',
  category: 'Category',
  deadline: 'Deadline',
  ending: 'Ending',
  trigger: 'Trigger',
};

/** What the word under the pointer is: a key's documentation, or the id's declaration. */
function explain(doc: Text, pos: number): { from: number; to: number; text: string } | null {
  const line = doc.lineAt(pos);
  const column = pos - line.from;
  const words = [...line.text.matchAll(/[A-Za-z_$][\w$]*/g)];
  const word = words.find((m) => m.index <= column && column <= m.index + m[0].length);
  if (!word) return null;
  const from = line.from + word.index;
  const to = from + word[0].length;
  const after = line.text.slice(to - line.from);
  if (/^\s*:(\s|$)/.test(after)) {
    const where = yamlContext(doc.sliceString(0, to), to);
    const doc_ = where && describeKey(scenarioSchema, [...where.path, word[0]]);
    return doc_ ? { from, to, text: `${word[0]}: ${doc_}` } : null;
  }
  const declared = idsOf(doc).find((d) => d.id === word[0]);
  if (!declared) return null;
  return { from, to, text: `${KIND_WORDS[declared.kind]} ${declared.id}${declared.title ? `: ${declared.title}` : ''}` };
}

export const hoverHelp = hoverTooltip((view, pos) => {
  const found = explain(view.state.doc, pos);
  if (!found) return null;
  return {
    pos: found.from,
    end: found.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-ws-hover';
      dom.textContent = found.text;
      return { dom };
    },
  };
});
