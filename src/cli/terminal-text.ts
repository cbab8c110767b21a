/**
 * Scenario text and saves are written by others, and YAML escapes (`"\e[2J"`, `"\e]52;…\a"`)
 * decode to control characters that a terminal obeys: clear the screen, hide text, set the
 * window title, write the clipboard. Everything the CLI prints passes through here first, so
 * such characters are shown as escapes, never obeyed.
 */
import stringWidth from 'string-width';
import type { Io } from './io';

/**
 * C0 controls but tab, line feed and the carriage return of a CRLF line end (CSV uses them),
 * DEL, C1 controls (8-bit CSI, OSC, ST…), and the bidi overrides and isolates that reorder what
 * a line appears to say.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/** As a `\u` escape: readable, and inside a JSON string the same character. */
const visible = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every control character a terminal would act on shown as an escape (`\u001b`). */
export function showControls(text: string): string {
  return text.replace(CONTROLS, visible);
}

/** The same Io, printing through `showControls`. */
export function terminalSafe(io: Io): Io {
  return { ...io, out: (text) => io.out(showControls(text)), err: (text) => io.err(showControls(text)) };
}

/** `text` padded with spaces to `columns` terminal columns: Hangul and other wide characters take two. */
export function padColumns(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

/** The columns `text` takes in a terminal. */
export const columnsOf = (text: string): number => stringWidth(text);
