/**
 * A file picker that speaks the page's language. The browser's own file input writes "Choose File"
 * and "No file chosen" in the browser's language, not the page's: English on a Korean screen
 * (issue #20). The input stays, hidden, for the open dialog, named for tests and assistive tools
 * by the same words as the real button that opens it.
 */
import { h } from './h';

export interface FilePickerOptions {
  readonly id: string;
  /** The button's words, also the input's name. */
  readonly label: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly buttonClass?: string;
  readonly onFiles: (files: File[]) => void;
}

export interface FilePicker {
  readonly button: HTMLButtonElement;
  readonly input: HTMLInputElement;
}

export function filePicker(options: FilePickerOptions): FilePicker {
  const input = h('input', {
    attrs: { id: options.id, type: 'file', accept: options.accept, multiple: options.multiple === true, hidden: true, tabindex: -1, 'aria-label': options.label },
  });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    // Cleared so the same file chosen again (after fixing it on disk) is read again.
    input.value = '';
    if (files.length > 0) options.onFiles(files);
  });
  const button = h('button', { class: options.buttonClass ?? 'btn', attrs: { type: 'button' }, on: { click: () => input.click() } }, options.label);
  return { button, input };
}
