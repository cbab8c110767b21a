/**
 * Opening and saving scenario files: with the File System Access API where the browser has it
 * (Chromium: Save writes back to the file that was opened), a file input and a download elsewhere.
 */
import { downloadText } from '../dom/download-text';

/** Offers the scenario as a file download. */
export const download = (text: string, name: string): void => downloadText(name, text, 'text/yaml');

/** The parts of the File System Access API used here (not yet in TypeScript's DOM library). */
interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}
interface PickerOptions {
  readonly types?: readonly { readonly description: string; readonly accept: Record<string, readonly string[]> }[];
  readonly suggestedName?: string;
}
interface FilePickers {
  showOpenFilePicker?: (options?: PickerOptions) => Promise<FileHandle[]>;
  showSaveFilePicker?: (options?: PickerOptions) => Promise<FileHandle>;
}

const TYPES = [{ description: 'Scenario YAML', accept: { 'text/yaml': ['.yaml', '.yml'] } }];
const pickers = (): FilePickers => window as unknown as FilePickers;
/** The author closed the picker: not a failure to report. */
const cancelled = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

export interface OpenedFile {
  readonly name: string;
  readonly text: string;
}

export type SaveResult = { readonly kind: 'saved' | 'downloaded'; readonly name: string } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly message: string };

export class ScenarioFiles {
  private handle: FileHandle | null = null;

  /** True when Open and Save use the browser's file pickers. */
  get native(): boolean {
    return typeof pickers().showOpenFilePicker === 'function';
  }

  /** Shows the open picker; null when cancelled. Without the API, the caller uses its file input. */
  async pick(): Promise<OpenedFile | null> {
    const show = pickers().showOpenFilePicker;
    if (!show) return null;
    try {
      const [handle] = await show({ types: TYPES });
      if (!handle) return null;
      this.handle = handle;
      return { name: handle.name, text: await (await handle.getFile()).text() };
    } catch (error) {
      if (cancelled(error)) return null;
      throw error;
    }
  }

  /** A file read by the fallback file input: later saves download it under its name. */
  forget(): void {
    this.handle = null;
  }

  /** Saves to the opened file, or asks where (picker), or downloads under `name`. */
  async save(text: string, name: string, saveAs = false): Promise<SaveResult> {
    try {
      const showSave = pickers().showSaveFilePicker;
      if (showSave && (saveAs || !this.handle)) this.handle = await showSave({ types: TYPES, suggestedName: name });
      if (this.handle) {
        const writable = await this.handle.createWritable();
        await writable.write(text);
        await writable.close();
        return { kind: 'saved', name: this.handle.name };
      }
    } catch (error) {
      if (cancelled(error)) return { kind: 'cancelled' };
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    download(text, name);
    return { kind: 'downloaded', name };
  }
}
