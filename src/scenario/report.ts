import type { Diagnostic, Range, Severity } from './diagnostic.ts';
import { formatPath, type Path } from './path.ts';
import type { Said } from './said.ts';

/** Whether a diagnostic points at a map key or at the value under it. */
export type Target = 'key' | 'value';

/** Maps a document path (plus an optional character span inside a scalar) to a source range. */
export type Locate = (path: Path, target: Target, span?: { start: number; end: number }) => Range;

/**
 * Collects diagnostics for one file. Checks name the offending node by its path; the reporter
 * turns that into a line:column range, so no check deals with offsets.
 */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    private readonly locate: Locate,
  ) {}

  error(code: string, message: Said | string, path: Path, target: Target = 'value'): void {
    this.add('error', code, message, path, target);
  }

  warning(code: string, message: Said | string, path: Path, target: Target = 'value'): void {
    this.add('warning', code, message, path, target);
  }

  /** A diagnostic on a character span inside the scalar at `path` (used by conditions). */
  inScalar(
    severity: Severity,
    code: string,
    message: Said | string,
    path: Path,
    span: { start: number; end: number },
  ): void {
    this.push(severity, code, message, path, this.locate(path, 'value', span));
  }

  private add(severity: Severity, code: string, message: Said | string, path: Path, target: Target): void {
    this.push(severity, code, message, path, this.locate(path, target));
  }

  private push(severity: Severity, code: string, message: Said | string, path: Path, range: Range): void {
    this.diagnostics.push({ code, severity, ...sayings(message), file: this.file, range, path: formatPath(path) });
  }
}

/** A diagnostic's message and, when it was said in phrases, the phrases another language words. */
export function sayings(message: Said | string): Pick<Diagnostic, 'message' | 'words'> {
  return typeof message === 'string' ? { message } : { message: message.text, words: message.words };
}
