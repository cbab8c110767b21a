import type { Said } from './said.ts';
import { misplacedChange } from './fix-hints.ts';
import type { Names } from './names.ts';
import type { Path } from './path.ts';

/** The value at a path of the raw document, or undefined. */
function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const seg of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/**
 * The schema says a flag's `true` under `effects` is no meter change; the author needs to hear
 * that the id is a flag and belongs under `set` (and the reverse for a meter under `set`).
 */
export function misplacedChangeAt(path: Path, raw: unknown, names: Names): Said | null {
  const id = path[path.length - 1];
  const block = path[path.length - 2];
  if (typeof id !== 'string' || typeof block !== 'string') return null;
  return misplacedChange(block, id, valueAt(raw, path), names);
}
