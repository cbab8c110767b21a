import type { Condition } from './types.ts';
import type { Path } from './path.ts';
import type { Said } from './said.ts';

/** What the normalisers need besides the raw value: languages, and a condition compiler. */
export interface NormaliseContext {
  readonly languages: readonly string[];
  /** Parses and checks a condition, reporting problems at `path`; invalid ones read as `false`. */
  readonly condition: (source: unknown, path: Path) => Condition;
  /** Reports a problem the normaliser finds in a value's arrangement (a text variant list without its fallback). */
  readonly problem?: (code: string, message: Said, path: Path) => void;
}
