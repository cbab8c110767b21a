import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  type Document,
  type Node,
} from 'yaml';
import type { Diagnostic } from './diagnostic.ts';
import {
  DEFAULT_MAX_BYTES,
  FORBIDDEN_KEYS,
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  firstBinaryOffset,
  utf8Length,
} from './limits.ts';
import { tooDeepAt } from './cst-depth.ts';
import { parserMessage, syntaxMessage, yamlSaid } from './yaml-hints.ts';
import { joined, said, type Said } from './said.ts';
import { sayings } from './report.ts';
import { curlyQuoteHint, tabMessage } from './fix-hints.ts';
import { rangeOf } from './positions.ts';

export interface ParsedYaml {
  /** Null when the text is not one usable YAML document at all. */
  readonly doc: Document | null;
  readonly value: unknown;
  readonly lineCounter: LineCounter;
  readonly diagnostics: Diagnostic[];
}

/**
 * YAML text to a document and its plain value, or CR1xx diagnostics. Enforces the input limits
 * before any recursive step runs, and turns every failure of the yaml package into a diagnostic.
 */
export function parseYaml(source: string, file: string, maxBytes = DEFAULT_MAX_BYTES): ParsedYaml {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const fail = (code: string, message: Said, start: number, end: number): ParsedYaml => {
    if (lineCounter.lineStarts.length === 0) lineCounter.addNewLine(0);
    diagnostics.push({
      code,
      severity: 'error',
      ...sayings(message),
      file,
      range: rangeOf(lineCounter, start, end),
    });
    return { doc: null, value: undefined, lineCounter, diagnostics };
  };

  // Cheap checks first, so a 20 MB file or binary garbage costs one pass over the characters.
  if (source.length > maxBytes || (source.length * 3 > maxBytes && utf8Length(source) > maxBytes)) {
    return fail(
      'CR101',
      said('CR101', `file is larger than ${sizeWords(maxBytes)}; a scenario should be far smaller`, { size: sizeWords(maxBytes) }),
      0,
      0,
    );
  }
  const binary = firstBinaryOffset(source);
  if (binary !== -1) {
    lineCounter.addNewLine(0);
    for (let i = source.indexOf('\n'); i !== -1 && i < binary; i = source.indexOf('\n', i + 1)) {
      lineCounter.addNewLine(i + 1);
    }
    const code = source.charCodeAt(binary).toString(16).padStart(4, '0');
    return fail(
      'CR102',
      code === 'fffd'
        ? said('CR102.notUtf8', 'not a UTF-8 text file: invalid byte sequence; save the file as UTF-8')
        : said('CR102.control', `not a text file: control character U+${code.toUpperCase()}`, { character: `U+${code.toUpperCase()}` }),
      binary,
      binary + 1,
    );
  }

  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(source));
  if (lineCounter.lineStarts.length === 0) lineCounter.addNewLine(0);
  const deep = tooDeepAt(tokens, MAX_DEPTH);
  if (deep !== -1) {
    return fail(
      'CR105',
      said('CR105', `nested deeper than ${MAX_DEPTH} levels; a scenario never needs that`, { depth: MAX_DEPTH }),
      deep,
      deep + 1,
    );
  }
  const docs = Array.from(new Composer({ uniqueKeys: true, prettyErrors: false }).compose(tokens));
  if (lineCounter.lineStarts.length === 0) lineCounter.addNewLine(0);
  const doc = docs[0];
  if (doc === undefined || doc.contents === null) {
    return fail('CR109', said('CR109', 'the file is empty; a scenario starts with `format: 1`'), 0, 0);
  }
  const second = docs[1];
  if (second !== undefined) {
    const at = second.range[0];
    fail(
      'CR104',
      said('CR104', 'a scenario is one YAML document; remove the second `---` and what follows'),
      at,
      at + 3,
    );
  }
  // A tab in the indentation throws the parser off for the rest of its mapping, with false errors
  // (a duplicate key, misaligned items) that vanish once the tab is gone: report the tabs alone.
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const tabbed = doc.errors.some((e) => e.code === 'TAB_AS_INDENT');
  for (const err of doc.errors) {
    if (tabbed && err.code !== 'TAB_AS_INDENT') continue;
    const line = lineOf(err.pos[0]);
    const code = err.code === 'DUPLICATE_KEY' ? 'CR108' : 'CR103';
    const key = (source.slice(err.pos[0], err.pos[0] + 80).split(/[:\n]/)[0] ?? '').trim();
    const lineText = source.slice(lineCounter.lineStarts[line - 1] ?? 0).split('\n')[0] ?? '';
    const message =
      err.code === 'DUPLICATE_KEY'
        ? said('CR108', `duplicate key '${key}'; each key may appear once per mapping: remove or rename one`, { key })
        : err.code === 'TAB_AS_INDENT'
          ? tabMessage(line)
          : joined(syntaxMessage(err.code, err.message), curlyQuoteHint(lineText));
    diagnostics.push({
      code,
      severity: 'error',
      ...sayings(message),
      file,
      range: rangeOf(lineCounter, err.pos[0], err.pos[1]),
    });
  }
  for (const w of doc.warnings) {
    diagnostics.push({
      code: 'CR110',
      severity: 'warning',
      ...sayings(yamlSaid(w.code, w.message)),
      file,
      range: rangeOf(lineCounter, w.pos[0], w.pos[1]),
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) {
    return { doc: null, value: undefined, lineCounter, diagnostics };
  }

  // The depth was bounded on the CST already; this walk finds forbidden keys and aliases.
  const shape = inspect(doc);
  for (const [start, end, key] of shape.forbidden) {
    diagnostics.push({
      code: 'CR107',
      severity: 'error',
      ...sayings(said('CR107', `the key '${key}' is not allowed`, { key })),
      file,
      range: rangeOf(lineCounter, start, end),
    });
  }
  if (shape.forbidden.length > 0) return { doc: null, value: undefined, lineCounter, diagnostics };

  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, value, lineCounter, diagnostics };
  } catch (err) {
    const [start, end] = shape.firstAlias ?? [0, 0];
    const message =
      err instanceof ReferenceError
        ? said('CR106', 'too many aliases (*name): the file expands like an alias bomb; write the content out')
        : said('CR103.unreadable', `the YAML could not be read: ${err instanceof Error ? parserMessage(err.message) : 'unknown error'}`, {
            detail: err instanceof Error ? parserMessage(err.message) : 'unknown error',
          });
    return fail(err instanceof ReferenceError ? 'CR106' : 'CR103', message, start, end);
  }
}

interface Shape {
  forbidden: [number, number, string][];
  firstAlias: [number, number] | null;
}

/** One iterative walk over the node tree: forbidden keys, and where the first alias is. */
function inspect(doc: Document): Shape {
  const shape: Shape = { forbidden: [], firstAlias: null };
  const stack: Node[] = [doc.contents as Node];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isAlias(node)) {
      const range = node.range ?? [0, 0, 0];
      if (shape.firstAlias === null || range[0] < shape.firstAlias[0]) {
        shape.firstAlias = [range[0], range[1]];
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        // An alias used as a key (`*k : …`) is the anchored node's value: check that.
        const named = key !== null && isAlias(key) ? (key.resolve(doc) ?? null) : key;
        if (named !== null && isScalar(named) && FORBIDDEN_KEYS.has(String(named.value))) {
          const r = key?.range ?? [0, 0, 0];
          shape.forbidden.push([r[0], r[1], String(named.value)]);
        }
        if (key !== null && !isScalar(key)) stack.push(key);
        if (pair.value !== null) stack.push(pair.value as Node);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item !== null) stack.push(item as Node);
    }
  }
  return shape;
}

function sizeWords(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
