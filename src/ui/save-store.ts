/**
 * One save slot in localStorage, written after every log entry. A scenario opened from a file is
 * not in the catalog, so its source is kept beside the save to make it resumable too.
 */
import type { SaveFile } from '../engine/types';

const SAVE_KEY = 'crisis-room.save';
const SOURCE_KEY = 'crisis-room.save-source';
const CHANNEL_KEY = 'crisis-room.channel';

export interface ScenarioSource {
  readonly file: string;
  readonly source: string;
}

export interface StoredSave {
  /** Exactly what was stored, for the download offered when it cannot be resumed. */
  readonly raw: string;
  /** The parsed JSON, or undefined when the text is not JSON at all. */
  readonly json: unknown;
  /** The scenario id the save names, when it names one. */
  readonly scenarioId: string | null;
  /** The source of a scenario that came from a file rather than the catalog. */
  readonly custom: ScenarioSource | null;
  /** The facilitation channel of the saved session, so consoles reconnect after a reload. */
  readonly channel: string | null;
}

export function readSave(storage: Storage = localStorage): StoredSave | null {
  const raw = safely(() => storage.getItem(SAVE_KEY));
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const scenario = isRecord(json) && isRecord(json.scenario) ? json.scenario : null;
  const scenarioId = scenario && typeof scenario.id === 'string' ? scenario.id : null;
  return { raw, json, scenarioId, custom: readCustom(storage), channel: safely(() => storage.getItem(CHANNEL_KEY)) };
}

export function writeSave(save: SaveFile, custom: ScenarioSource | null, storage: Storage = localStorage): void {
  safely(() => {
    storage.setItem(SAVE_KEY, JSON.stringify(save));
    if (custom) storage.setItem(SOURCE_KEY, JSON.stringify(custom));
    else storage.removeItem(SOURCE_KEY);
  });
}

export function clearSave(storage: Storage = localStorage): void {
  safely(() => {
    storage.removeItem(SAVE_KEY);
    storage.removeItem(SOURCE_KEY);
    storage.removeItem(CHANNEL_KEY);
  });
}

export function writeChannel(channelId: string, storage: Storage = localStorage): void {
  safely(() => storage.setItem(CHANNEL_KEY, channelId));
}

/** Offers text as a file download (a blob URL: allowed by the CSP, no server involved). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function readCustom(storage: Storage): ScenarioSource | null {
  const raw = safely(() => storage.getItem(SOURCE_KEY));
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (isRecord(value) && typeof value.file === 'string' && typeof value.source === 'string') {
      return { file: value.file, source: value.source };
    }
  } catch {
    // An unreadable source means the save cannot be resumed; readSave's caller says so.
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Storage can be disabled or full (private windows, quotas): play goes on without saving. */
function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
