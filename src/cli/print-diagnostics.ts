import { codeFrame, headline } from '../scenario/code-frame';
import type { Diagnostic } from '../scenario/index';
import { showControls } from './terminal-text';
import { english, type Translator } from '../i18n/index';
import { diagnosticMessage } from '../i18n/diagnostic-words';

export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const code = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOURS: Paint = {
  red: code(31, 39),
  yellow: code(33, 39),
  dim: code(2, 22),
  bold: code(1, 22),
};
export const PLAIN: Paint = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function paintFor(stream: { isTTY?: boolean }): Paint {
  return stream.isTTY === true && !process.env['NO_COLOR'] ? COLOURS : PLAIN;
}

/** Headline and code frame per diagnostic, blank lines between, as Vite prints them. */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  source: string,
  paint: Paint,
  tr: Translator = english,
): string {
  return diagnostics
    .map((said) => {
      // English as the scenario layer wrote it; another language from the catalog where it has the code.
      const d = tr.lang === 'en' ? said : { ...said, message: `${severityWord(said, tr)} ${diagnosticMessage(said, tr)}` };
      const colour = d.severity === 'error' ? paint.red : paint.yellow;
      // Shown before painted: the message quotes scenario text, the frame its source.
      const head = showControls(headline(d)).replace(
        `${d.severity} ${d.code}`,
        colour(`${d.severity} ${d.code}`),
      );
      const frame = showControls(codeFrame(d, source))
        .split('\n')
        // The caret row has no line number; the offending row starts with '>'; context is dimmed.
        .map((line) =>
          /^\s+\|/.test(line) ? colour(line) : line.startsWith('>') ? line : paint.dim(line),
        )
        .join('\n');
      return frame === '' ? `${paint.bold(head)}\n` : `${paint.bold(head)}\n${frame}\n`;
    })
    .join('\n');
}

/**
 * The severity in the reader's language, leading a translated message: `error CR301: [오류] ...`.
 * The headline keeps `error`/`warning` in English before the code, because editors' problem
 * matchers (VS Code's, Vim's errorformat, CI annotations) read `file:line:col: error CODE: message`
 * by those words; the reader's own word goes after the colon, inside the message they never parse.
 */
function severityWord(d: Diagnostic, tr: Translator): string {
  return tr.t(d.severity === 'error' ? 'cli.check.errorWord' : 'cli.check.warningWord');
}

/** "3 errors and 1 warning in 2 files" */
export function summary(errors: number, warnings: number, files: number, tr: Translator = english): string {
  return tr.t('cli.check.summary', { errors, warnings, files });
}
