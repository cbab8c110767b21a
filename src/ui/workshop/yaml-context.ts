/**
 * Where in a scenario's YAML the caret is: the path of keys and list items that leads to it, and
 * whether a key or a value is being typed. Read from the text by indentation rather than from a
 * parse, because while an author types the document is usually not valid YAML yet (a key without
 * its colon, a half-written flow map), and completion is wanted exactly then.
 */

/** A key of a mapping, or `[]` for an item of a sequence (which item does not matter to the schema). */
export type Segment = string;
export const ITEM: Segment = '[]';

export interface YamlContext {
  /** From the document's root to the mapping (key mode) or the key (value mode) at the caret. */
  readonly path: readonly Segment[];
  readonly mode: 'key' | 'value';
  /** What has been typed of the key or value so far, and where it starts. */
  readonly prefix: string;
  readonly from: number;
}

interface LineShape {
  /** Columns of the `- ` markers, outermost first. */
  readonly markers: readonly number[];
  /** Column where the content after the markers starts. */
  readonly content: number;
  /** `key:` with nothing after it but a comment: a parent of the lines below. */
  readonly parentKey: string | null;
  readonly blank: boolean;
}

const KEY = /^([A-Za-z_$][\w$-]*)\s*:(?:\s|$)/;

function shape(line: string): LineShape {
  let col = 0;
  while (line[col] === ' ') col++;
  const markers: number[] = [];
  while (line[col] === '-' && (line[col + 1] === ' ' || col + 1 === line.length)) {
    markers.push(col);
    col += 2;
    while (line[col] === ' ') col++;
  }
  const rest = line.slice(col);
  const blank = rest.trim() === '' || rest.trimStart().startsWith('#');
  const key = KEY.exec(rest);
  const after = key ? rest.slice(key[0].length).trim() : '';
  const parentKey = key && (after === '' || after.startsWith('#')) ? (key[1] ?? null) : null;
  return { markers, content: col, parentKey, blank: blank && markers.length === 0 };
}

/** The enclosing keys and items of a line whose content starts at column `need`, innermost first. */
function ancestors(lines: readonly string[], index: number, need: number, startsInItem: boolean): Segment[] {
  const out: Segment[] = [];
  // After an item marker at column m, a `key:` at column m may own it (an indentless sequence).
  let itemAt = startsInItem ? need : -1;
  for (let i = index - 1; i >= 0 && (need > 0 || itemAt === 0); i--) {
    const line = shape(lines[i] ?? '');
    if (line.blank) continue;
    if (line.content < need || (line.content === itemAt && line.parentKey !== null && line.markers.length === 0)) {
      if (line.parentKey === null) {
        // A sibling with a value at a smaller indent: the text is malformed; stop guessing.
        if (line.markers.length === 0) break;
      } else out.push(line.parentKey);
      need = line.content;
      itemAt = -1;
    }
    for (let m = line.markers.length - 1; m >= 0; m--) {
      const marker = line.markers[m]!;
      if (marker < need) {
        out.push(ITEM);
        need = marker;
        itemAt = marker;
      }
    }
  }
  return out;
}

/** Inside `{ a: 1, b` or `[x, y`: the keys and items of the open brackets, and what is being typed. */
function flow(rest: string, restFrom: number): { segments: Segment[]; mode: 'key' | 'value'; prefix: string; from: number } | null {
  const stack: { kind: '{' | '['; key: string | null }[] = [];
  let key: string | null = null;
  let tokenStart = 0;
  let quote: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') {
      stack.push({ kind: c, key });
      key = null;
      tokenStart = i + 1;
    } else if (c === '}' || c === ']') {
      stack.pop();
      key = null;
      tokenStart = i + 1;
    } else if (c === ',') {
      key = null;
      tokenStart = i + 1;
    } else if (c === ':' && stack[stack.length - 1]?.kind === '{' && key === null) {
      key = rest.slice(tokenStart, i).trim();
      tokenStart = i + 1;
    }
  }
  const top = stack[stack.length - 1];
  if (!top || quote) return null;
  const segments: Segment[] = [];
  for (const open of stack) {
    if (open.key !== null) segments.push(open.key);
    if (open.kind === '[') segments.push(ITEM);
  }
  const typed = rest.slice(tokenStart);
  const prefix = typed.trimStart().replace(/^["']/, '');
  const from = restFrom + rest.length - prefix.length;
  if (top.kind === '{' && key !== null) return { segments: [...segments, key], mode: 'value', prefix, from };
  return { segments, mode: top.kind === '{' ? 'key' : 'value', prefix, from };
}

/** The context at `offset` of `text`, or null inside a comment or a block scalar's text. */
export function yamlContext(text: string, offset: number): YamlContext | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  const before = text.slice(lineStart, offset);
  if (before.includes('#') && !/["']/.test(before)) return null;
  const line = shape(before);
  const rest = before.slice(line.content);
  const base = (need: number, inItem: boolean): Segment[] => ancestors(lines, lines.length, need, inItem).reverse();
  const own = line.markers.length > 0 ? line.markers.map(() => ITEM) : [];
  const need = line.markers[0] ?? line.content;
  const parents = (): Segment[] => [...base(need, line.markers.length > 0), ...own];
  if (/^[\w$-]*$/.test(rest)) return { path: parents(), mode: 'key', prefix: rest, from: offset - rest.length };
  if (/^[{[]/.test(rest)) return nest(parents(), rest, offset);
  const key = KEY.exec(rest);
  if (!key) {
    // A plain list item value, such as `- legal` under `to:`.
    if (line.markers.length > 0 && !rest.includes(':')) return { path: parents(), mode: 'value', prefix: rest, from: offset - rest.length };
    return null;
  }
  const path = [...parents(), key[1]!];
  const value = rest.slice(key[0].length).trimStart();
  if (/^[{[]/.test(value)) return nest(path, value, offset);
  if (/^[|>]/.test(value)) return null;
  const prefix = value.replace(/^["']/, '');
  return { path, mode: 'value', prefix, from: offset - prefix.length };
}

function nest(path: readonly Segment[], value: string, offset: number): YamlContext | null {
  const inner = flow(value, offset - value.length);
  return inner && { path: [...path, ...inner.segments], mode: inner.mode, prefix: inner.prefix, from: inner.from };
}
