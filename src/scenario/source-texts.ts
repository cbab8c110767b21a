/**
 * Every text of a scenario file with each declared language beside the others, in file order: what
 * the workshop's languages panel shows so a translator reads the English and the Korean of one
 * text side by side and finds the ones still missing (issue #20). Built from the schema walk's text
 * sites, so it lists exactly the texts the language check (CR601) counts.
 */
import type { Range } from './diagnostic.ts';
import { formatPath, type Path } from './path.ts';
import type { Raw } from './read.ts';
import type { TextSite } from './schema-walker.ts';

export interface SourceText {
  /** The YAML path, a list item named by its id where it has one: `beats[ceo_call].decision.prompt`. */
  readonly where: string;
  /** The text's place in the file, for the editor to reveal. */
  readonly range: Range;
  /** Each declared language's text, null where the file has none. */
  readonly values: Readonly<Record<string, string | null>>;
}

export interface SourceTexts {
  /** The declared languages, the first one the default. */
  readonly languages: readonly string[];
  readonly entries: readonly SourceText[];
}

export function sourceTexts(
  raw: Raw,
  languages: readonly string[],
  sites: readonly TextSite[],
  locate: (path: Path) => Range,
): SourceTexts {
  const seen = new Set<string>();
  const entries: SourceText[] = [];
  for (const site of sites) {
    // The walk may meet one text twice (a text under anyOf is tried against each branch).
    const key = formatPath(site.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const where = namedPath(raw, site.path);
    const values: Record<string, string | null> = {};
    languages.forEach((lang, i) => {
      const given = site.plain ? (i === 0 ? site.said : undefined) : site.value[lang];
      values[lang] = typeof given === 'string' ? given : null;
    });
    entries.push({ where, range: locate(site.path), values });
  }
  entries.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { languages, entries };
}

/** `beats[2].decision` as `beats[ceo_call].decision`: an author knows a beat by its id, not its index. */
function namedPath(raw: Raw, path: Path): string {
  let out = '';
  let node: unknown = raw;
  for (const seg of path) {
    const next: unknown = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number') {
      const id = typeof next === 'object' && next !== null ? (next as Record<string, unknown>)['id'] : undefined;
      out += typeof id === 'string' && id !== '' ? `[${id}]` : `[${seg}]`;
    } else out += out === '' ? seg : `.${seg}`;
    node = next;
  }
  return out;
}
