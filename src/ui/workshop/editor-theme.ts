/**
 * The editor's colours on the workshop's dark panel. Every colour keeps WCAG AA contrast (4.5:1)
 * against the panel (#0f1830) and the active line, which CodeMirror's default light styles do not.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';

const highlight = HighlightStyle.define([
  { tag: [tags.definition(tags.propertyName), tags.propertyName], color: '#8cc8ff' },
  { tag: [tags.string, tags.content], color: '#d4ecb0' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#ffb787' },
  { tag: [tags.comment, tags.lineComment], color: '#a9b6cc', fontStyle: 'italic' },
  { tag: [tags.keyword, tags.typeName, tags.labelName, tags.meta], color: '#e3b6ff' },
  { tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], color: '#c9d4e6' },
]);

const theme = EditorView.theme(
  {
    '&': { color: '#e6edf7', backgroundColor: '#0f1830', fontSize: '13px' },
    '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '20px' },
    '.cm-content': { caretColor: '#ffd166' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: '#ffd166', borderLeftWidth: '2px' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#2f4a80' },
    '.cm-activeLine': { backgroundColor: '#16213d' },
    '.cm-gutters': { backgroundColor: '#16213d', color: '#a9b6cc', border: 'none' },
    '.cm-activeLineGutter': { backgroundColor: '#2b3a5c', color: '#e6edf7' },
    '.cm-tooltip': { backgroundColor: '#16213d', color: '#e6edf7', border: '1px solid #2b3a5c' },
    '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#2f4a80', color: '#ffffff' },
    '.cm-completionDetail': { color: '#a9b6cc' },
    '.cm-completionInfo': { maxWidth: '360px' },
    '.cm-panels': { backgroundColor: '#16213d', color: '#e6edf7' },
    '.cm-panel input, .cm-panel button': { color: '#e6edf7', backgroundColor: '#0f1830' },
    '.cm-searchMatch': { backgroundColor: '#5a4a12', outline: '1px solid #ffd166' },
    '.cm-diagnostic': { color: '#e6edf7' },
    '.cm-diagnosticAction': { backgroundColor: '#2f4a80', color: '#ffffff' },
    '.cm-foldPlaceholder': { backgroundColor: '#2b3a5c', color: '#e6edf7', border: 'none' },
    '.cm-ws-hover': { padding: '4px 8px', maxWidth: '420px' },
  },
  { dark: true },
);

export const editorTheme: Extension = [theme, syntaxHighlighting(highlight)];
