/** Input limits: a scenario is a hand-written file, so anything beyond these is hostile or broken. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** Real scenarios nest about ten levels; 64 leaves room and keeps every walker shallow. */
export const MAX_DEPTH = 64;
/** The yaml package's own measure of alias expansion (see `toJS({ maxAliasCount })`). */
export const MAX_ALIAS_COUNT = 100;
/** Keys that would reach an object's prototype when a mapping becomes a plain object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** UTF-8 length of a string, without allocating an encoded copy. */
export function utf8Length(source: string): number {
  let bytes = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Characters no text file contains: C0 controls but tab and line ends, DEL, and U+FFFD (bad UTF-8). */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

/** The offset of the first character a text file would not contain, or -1. */
export function firstBinaryOffset(source: string): number {
  const match = NOT_TEXT.exec(source);
  return match === null ? -1 : match.index;
}
