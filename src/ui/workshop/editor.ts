/**
 * A light YAML editor: a plain textarea (so typing, undo, selection and screen readers all work
 * as the browser does them), a line-number gutter, and an overlay behind the text that marks the
 * lines with problems. No editor library, nothing evaluated.
 */
import { h } from '../dom/h';

export interface Mark {
  readonly line: number;
  readonly severity: 'error' | 'warning';
}

export interface Editor {
  readonly root: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  value(): string;
  setValue(text: string): void;
  /** Marks these lines (1-based); replaces the previous marks. */
  mark(marks: readonly Mark[]): void;
  /** Selects the character range and scrolls its line into view. */
  reveal(start: number, end: number, line: number): void;
  onInput(listener: () => void): void;
}

/** Must match `--ws-line` in workshop.css. */
const LINE_HEIGHT = 20;
const PADDING = 8;

export function createEditor(label: string): Editor {
  const gutter = h('div', { class: 'ws-gutter', attrs: { 'aria-hidden': 'true' } });
  const overlay = h('div', { class: 'ws-overlay', attrs: { 'aria-hidden': 'true' } });
  const textarea = h('textarea', {
    class: 'ws-text',
    attrs: { id: 'ws-source', spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off', wrap: 'off', 'aria-describedby': 'ws-diagnostics-summary' },
  });
  const labelElement = h('label', { class: 'ws-label', attrs: { for: 'ws-source' } }, label);
  const frame = h('div', { class: 'ws-editor' }, gutter, h('div', { class: 'ws-text-wrap' }, overlay, textarea));
  const root = h('div', { class: 'ws-editor-box' }, labelElement, frame);
  let lines = 0;
  let marks: readonly Mark[] = [];

  const renderGutter = (): void => {
    const count = textarea.value.split('\n').length;
    if (count === lines) return;
    lines = count;
    const numbers: string[] = [];
    for (let line = 1; line <= count; line++) numbers.push(String(line));
    gutter.textContent = numbers.join('\n');
  };
  const renderMarks = (): void => {
    overlay.replaceChildren(
      ...marks.map((m) => {
        const bar = h('div', { class: `ws-mark ws-mark-${m.severity}`, attrs: { 'data-line': m.line } });
        bar.style.top = `${PADDING + (m.line - 1) * LINE_HEIGHT}px`;
        return bar;
      }),
    );
    for (const child of gutter.querySelectorAll('.ws-gutter-mark')) child.remove();
  };
  const sync = (): void => {
    gutter.scrollTop = textarea.scrollTop;
    overlay.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
  };
  textarea.addEventListener('scroll', sync);
  textarea.addEventListener('input', () => {
    renderGutter();
    sync();
  });
  renderGutter();

  return {
    root,
    textarea,
    value: () => textarea.value,
    setValue(text) {
      textarea.value = text;
      renderGutter();
      textarea.dispatchEvent(new Event('input'));
    },
    mark(next) {
      marks = next;
      renderMarks();
      sync();
    },
    reveal(start, end, line) {
      textarea.focus();
      textarea.setSelectionRange(start, Math.max(start, end));
      const top = (line - 1) * LINE_HEIGHT;
      if (top < textarea.scrollTop || top > textarea.scrollTop + textarea.clientHeight - 2 * LINE_HEIGHT) textarea.scrollTop = Math.max(0, top - 3 * LINE_HEIGHT);
      sync();
    },
    onInput(listener) {
      textarea.addEventListener('input', listener);
    },
  };
}
