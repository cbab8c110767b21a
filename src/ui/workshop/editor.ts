/**
 * The workshop's YAML editor: CodeMirror 6 with the project's diagnostics as lint squiggles on
 * their exact ranges (with quick fixes for did-you-mean hints), completion and hover help from the
 * scenario schema and the scenario's own ids, search, folding and multiple cursors. CodeMirror's
 * content is a labelled textbox a screen reader follows; Tab indents, and Escape then Tab (or
 * Ctrl-M, which toggles it) moves focus out, as CodeMirror's accessibility guide describes.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, indentUnit } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState } from '@codemirror/state';
import {
  crosshairCursor,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import type { DesignFinding } from '../../analysis/index';
import type { Diagnostic } from '../../scenario/diagnostic';
import { h } from '../dom/h';
import { completionSource, hoverHelp } from './editor-help';
import { editorTheme } from './editor-theme';
import { quickFix } from './quick-fix';
import { diagnosticMessage } from '../../i18n/diagnostic-words';
import { findingText, findingTitle } from '../../i18n/finding-words';
import { t, translator } from '../lang/ui-language';

export interface Editor {
  readonly root: HTMLElement;
  readonly view: EditorView;
  value(): string;
  setValue(text: string): void;
  /** Shows the checker's diagnostics of `text`; ignored when the editor has moved on since. */
  setDiagnostics(diagnostics: readonly Diagnostic[], text: string): void;
  /** Marks the open design findings of `text` at the places to change, beside the diagnostics. */
  setFindings(findings: readonly DesignFinding[], text: string): void;
  /** Selects the character range, scrolls it into view and focuses the editor. */
  reveal(start: number, end: number): void;
  onInput(listener: () => void): void;
}

function toLint(d: Diagnostic, text: string, length: number): LintDiagnostic {
  const from = Math.min(d.range.start.offset, length);
  const to = Math.max(from, Math.min(d.range.end.offset, length));
  const fix = quickFix(d, text);
  const misspelt = fix ? text.slice(fix.from, fix.to) : '';
  return {
    from,
    to,
    severity: d.severity,
    source: d.code,
    message: diagnosticMessage(d, translator()),
    ...(fix && {
      actions: [
        {
          name: fix.label,
          // The fix is relative to the diagnostic's start: CodeMirror maps that through later edits.
          // CodeMirror's panel fires an action on mousedown and on click (ignoring the second only
          // within 100 ms), so the fix applies only while the misspelt name is still there.
          apply: (view: EditorView, start: number) => {
            const at = start + fix.from - from;
            const to = start + fix.to - from;
            if (view.state.sliceDoc(at, to) !== misspelt) return;
            view.dispatch({ changes: { from: at, to, insert: fix.insert }, userEvent: 'input.fix' });
          },
        },
      ],
    }),
  };
}

/** A design finding as an info mark on the word where the change goes. */
function findingToLint(finding: DesignFinding, text: string): LintDiagnostic | null {
  if (finding.offset === null || finding.silenced !== null) return null;
  const from = Math.min(finding.offset, text.length);
  const word = /^[^\s:,{}[\]]*/.exec(text.slice(from))?.[0] ?? '';
  return { from, to: from + word.length, severity: 'info', source: finding.code, message: `${findingTitle(finding, translator())}: ${findingText(finding, translator())}` };
}

export function createEditor(label: string, describedBy: string): Editor {
  const listeners: (() => void)[] = [];
  // Both kinds are shown together: CodeMirror keeps one set of diagnostics.
  let checked: LintDiagnostic[] = [];
  let findings: LintDiagnostic[] = [];
  const labelElement = h('p', { class: 'ws-label', attrs: { id: 'ws-source-label' } }, label);
  const frame = h('div', { class: 'ws-editor' });
  const hint = h(
    'p',
    { class: 'ws-hint', attrs: { id: 'ws-editor-keys' } },
    t('workshop.editorKeys'),
  );
  const root = h('div', { class: 'ws-editor-box' }, labelElement, frame, hint);
  const view = new EditorView({
    parent: frame,
    state: EditorState.create({
      doc: '',
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        foldGutter(),
        lintGutter(),
        history(),
        drawSelection(),
        EditorState.allowMultipleSelections.of(true),
        rectangularSelection(),
        crosshairCursor(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightSelectionMatches(),
        search({ top: true }),
        yaml(),
        indentUnit.of('  '),
        EditorState.tabSize.of(2),
        autocompletion({ override: [completionSource], icons: false }),
        hoverHelp,
        editorTheme,
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        // tabindex: the content is focusable anyway (contenteditable), but axe only counts a
        // scrollable region as keyboard-reachable when something in it says so.
        EditorView.contentAttributes.of({ 'aria-labelledby': 'ws-source-label', 'aria-describedby': `${describedBy} ws-editor-keys`, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) for (const listener of listeners) listener();
        }),
      ],
    }),
  });

  return {
    root,
    view,
    value: () => view.state.doc.toString(),
    setValue(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0) });
    },
    setDiagnostics(diagnostics, text) {
      if (view.state.doc.toString() !== text) return;
      const length = view.state.doc.length;
      checked = diagnostics.map((d) => toLint(d, text, length));
      findings = [];
      view.dispatch(setDiagnostics(view.state, checked));
    },
    setFindings(next, text) {
      if (view.state.doc.toString() !== text) return;
      findings = next.map((f) => findingToLint(f, text)).filter((f): f is LintDiagnostic => f !== null);
      view.dispatch(setDiagnostics(view.state, [...checked, ...findings]));
    },
    reveal(start, end) {
      const length = view.state.doc.length;
      const from = Math.min(start, length);
      view.dispatch({ selection: EditorSelection.range(from, Math.min(Math.max(from, end), length)), scrollIntoView: true });
      view.focus();
    },
    onInput(listener) {
      listeners.push(listener);
    },
  };
}
