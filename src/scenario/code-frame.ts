import type { Diagnostic } from './diagnostic.ts';

/** Lines of context shown above and below the offending line. */
const CONTEXT = 2;
/** Long lines are cut so a minified or binary file cannot flood the terminal. */
const MAX_WIDTH = 160;

/** Offsets where each line starts, computed once per source. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineText(source: string, starts: readonly number[], line: number): string {
  const from = starts[line - 1];
  if (from === undefined) return '';
  const to = starts[line] ?? source.length + 1;
  // Control characters (binary files) would garble the terminal; each shows as one '?'.
  let out = '';
  for (const ch of source.slice(from, to - 1).replace(/\r$/, '')) {
    const c = ch.charCodeAt(0);
    out += (c < 0x20 && c !== 0x09) || c === 0x7f ? '?' : ch;
  }
  return out;
}

/** `file:line:col: error CR301: message`. */
export function headline(d: Diagnostic): string {
  return `${d.file}:${d.range.start.line}:${d.range.start.col}: ${d.severity} ${d.code}: ${d.message}`;
}

/** The lines around a diagnostic with a caret under its range, as Vite prints one. */
export function codeFrame(
  d: Diagnostic,
  source: string,
  starts: readonly number[] = lineStarts(source),
): string {
  const { start, end } = d.range;
  if (start.line < 1 || start.line > starts.length) return '';
  const first = Math.max(1, start.line - CONTEXT);
  const last = Math.min(starts.length, start.line + CONTEXT);
  const width = String(last).length;
  const rows: string[] = [];
  for (let line = first; line <= last; line++) {
    const content = lineText(source, starts, line);
    const marker = line === start.line ? '>' : ' ';
    rows.push(
      `${marker} ${String(line).padStart(width)} | ${content.slice(0, MAX_WIDTH)}`.trimEnd(),
    );
    if (line === start.line) {
      const before = content.slice(0, start.col - 1).replace(/[^\t]/g, ' ');
      const stop = end.line === start.line ? end.col : content.length + 1;
      const length = Math.max(1, Math.min(stop - start.col, MAX_WIDTH - before.length));
      rows.push(`  ${' '.repeat(width)} | ${before}${'^'.repeat(length)}`);
    }
  }
  return rows.join('\n');
}

/** The headline and code frame of one diagnostic. */
export function formatDiagnostic(d: Diagnostic, source: string): string {
  const frame = codeFrame(d, source);
  return frame === '' ? headline(d) : `${headline(d)}\n${frame}`;
}

/** Several diagnostics of one source, separated by blank lines; the line index is built once. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], source: string): string {
  const starts = lineStarts(source);
  return diagnostics
    .map((d) => {
      const frame = codeFrame(d, source, starts);
      return frame === '' ? headline(d) : `${headline(d)}\n${frame}`;
    })
    .join('\n\n');
}
