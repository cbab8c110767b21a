/** Structural checks for data read back from a save file. */
import type { LogEntry } from './types';
import { MAX_ID_CHARS, MAX_NOTE_CHARS, MAX_TEAM_CHARS } from './save-limits';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isId = (value: unknown): value is string => isString(value) && value.length <= MAX_ID_CHARS;

/** Checks an event has a known type and the fields that type needs. */
function isSessionEvent(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.type)) return false;
  switch (value.type) {
    case 'player.choose':
      return isId(value.choice);
    case 'facilitator.inject':
      return isId(value.inject);
    case 'facilitator.jump':
      return isId(value.beat);
    case 'facilitator.note':
      return isString(value.text) && value.text.length <= MAX_NOTE_CHARS;
    case 'facilitator.extend':
      return isNumber(value.seconds);
    case 'session.start':
      return isNumber(value.seed) && (value.team === undefined || (isString(value.team) && value.team.length <= MAX_TEAM_CHARS));
    case 'player.continue':
    case 'clock.expire':
    case 'session.pause':
    case 'session.resume':
    case 'facilitator.undo':
    case 'facilitator.end':
      return true;
    default:
      return false;
  }
}

export function isLogEntry(value: unknown): value is LogEntry {
  return (
    isRecord(value) &&
    isNumber(value.seq) &&
    isNumber(value.wall) &&
    isNumber(value.time) &&
    isId(value.beat) &&
    typeof value.accepted === 'boolean' &&
    Array.isArray(value.notices) &&
    isSessionEvent(value.event)
  );
}

/**
 * True when JSON text stops inside a string or with brackets still open: a save cut off while
 * being written, rather than one that is garbled.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return text.trim().length === 0 || inString || depth > 0;
}

/** Deep equality of JSON values, ignoring key order. */
export function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left)) {
    return Array.isArray(right) && left.length === right.length && left.every((item, index) => sameJson(item, right[index]));
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = Object.keys(left).filter((key) => left[key] !== undefined);
    const other = Object.keys(right).filter((key) => right[key] !== undefined);
    return keys.length === other.length && keys.every((key) => sameJson(left[key], right[key]));
  }
  return false;
}
