import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import type { Position, Range } from './diagnostic.ts';
import type { Path } from './path.ts';
import type { Locate, Target } from './report.ts';

/** A 1-based line and column for a 0-based offset. */
export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, col, offset };
}

export function rangeOf(lineCounter: LineCounter, start: number, end: number): Range {
  return {
    start: positionAt(lineCounter, start),
    end: positionAt(lineCounter, Math.max(start, end)),
  };
}

interface Found {
  node: Node | null;
  key: Node | null;
}

/**
 * The YAML node a path names, following aliases. When a segment is missing (a required key that is
 * absent), the deepest node that exists is returned, so a diagnostic still lands on its parent.
 */
function find(doc: Document, path: Path): Found {
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let key: Node | null = null;
  for (const seg of path) {
    if (node !== null && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? node;
    if (node === null) break;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (pair === undefined) break;
      key = pair.key as Node;
      const value = pair.value as Node | null;
      if (value === null) {
        node = key;
        break;
      }
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (item === undefined) break;
      key = null;
      node = item;
    } else {
      break;
    }
  }
  return { node, key };
}

/** Builds the reporter's `locate` for one parsed YAML document at a time. */
export function locator(doc: Document, lineCounter: LineCounter, source: string): Locate {
  return (path: Path, target: Target, span?: { start: number; end: number }): Range => {
    const found = find(doc, path);
    const node = target === 'key' && found.key !== null ? found.key : found.node;
    const r = node?.range;
    if (r === undefined || r === null) return rangeOf(lineCounter, 0, 0);
    const [start, valueEnd] = r;
    if (span !== undefined && node !== null && isScalar(node) && typeof node.value === 'string') {
      const inner = innerOffset(source, start, valueEnd, node.value);
      if (inner !== null) return rangeOf(lineCounter, inner + span.start, inner + span.end);
    }
    // A multi-line block (a whole map) is pointed at by its first line only.
    const nl = source.indexOf('\n', start);
    const end = nl !== -1 && nl < valueEnd ? nl : valueEnd;
    return rangeOf(lineCounter, start, end);
  };
}

/**
 * Where a scalar's string value starts in the source, when it appears there verbatim (plain or
 * quoted without escapes); otherwise null, and the whole scalar is pointed at.
 */
function innerOffset(source: string, start: number, end: number, value: string): number | null {
  const raw = source.slice(start, end);
  if (raw === value) return start;
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.slice(1, 1 + value.length) === value) return start + 1;
  return null;
}
