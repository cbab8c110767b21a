/**
 * The scenario module: YAML text in, a checked `Scenario` or positioned diagnostics out. Shared by
 * the browser and the CLI; it reads no files and never throws.
 */
import type { Condition, Scenario } from './types.ts';
import type { Diagnostic, Range } from './diagnostic.ts';
import { runChecks } from './checks.ts';
import { keepSignedHours } from './signed-hours.ts';
import { checkCondition } from './condition-check.ts';
import { checkClaims } from './check-claims.ts';
import { hashSource } from './hash.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';
import { collectNames } from './names.ts';
import { normalise, readLanguages } from './normalise.ts';
import { parseYaml } from './parse-yaml.ts';
import type { Path } from './path.ts';
import { locator, rangeOf } from './positions.ts';
import { Reporter, sayings } from './report.ts';
import { said, type Said } from './said.ts';
import { scenarioSchema } from './schema.ts';
import { validateSchema, type TextSite } from './schema-walker.ts';
import { misplacedChangeAt } from './misplaced-change.ts';
import { sourceTexts, type SourceTexts } from './source-texts.ts';
import type { Raw } from './read.ts';

export type * from './types.ts';
export type * from './diagnostic.ts';
export type * from './said.ts';
export type { Where } from './where.ts';
export {
  BUILT_IN_CATEGORIES,
  CONFIDENCES,
  END,
  INJECT_KINDS,
  RATINGS,
  STRATEGIES,
} from './types.ts';
export { text } from './text.ts';
export { scenarioSchema } from './schema.ts';
export { formatDiagnostic, formatDiagnostics } from './code-frame.ts';
export { DEFAULT_MAX_BYTES } from './limits.ts';
export { hashSource } from './hash.ts';
export type { SourceText, SourceTexts } from './source-texts.ts';
export { formatPath, type Path } from './path.ts';
export { DESIGN_CODES, codesAllowedAt, type AllowPlace, type DesignCodeId } from './design-codes.ts';

export interface LoadOptions {
  /** The name diagnostics carry; default `scenario.yaml`. */
  readonly file?: string;
  /** Larger inputs are refused before parsing; default 1 MiB. */
  readonly maxBytes?: number;
  /** Return every text with its languages side by side (`texts`): the workshop asks; about 8 % of a load of breach_33m. */
  readonly texts?: boolean;
}

export interface LoadResult {
  /** Null when any diagnostic is an error. */
  readonly scenario: Scenario | null;
  /** Sorted by position; warnings and errors together. */
  readonly diagnostics: Diagnostic[];
  /**
   * Where a YAML path of the file is (kept from the check, so reports made later, such as
   * analyze's design findings, point at lines without parsing again); absent when it did not parse.
   */
  readonly positions?: SourcePositions;
  /** Every text with its languages side by side (the workshop's languages panel), when asked; absent when it did not parse. */
  readonly texts?: SourceTexts;
}

/** Positions in a loaded file by YAML path (`['beats', 2, 'decision']`). */
export interface SourcePositions {
  readonly file: string;
  /** The range of the node at the path (a map's first line), or of its deepest existing parent. */
  at(path: Path): Range;
}

const FALSE: Condition = { source: '', expr: { kind: 'bool', value: false } };

/**
 * Parses and checks a scenario file. Reports every problem it can find at once; returns the
 * typed scenario only when there is no error.
 */
export function loadScenario(source: string, options: LoadOptions = {}): LoadResult {
  const file = options.file ?? 'scenario.yaml';
  try {
    return load(source, file, options.maxBytes ?? DEFAULT_MAX_BYTES, options.texts === true);
  } catch (err) {
    // Only a bug in the loader gets here; the input still gets a diagnostic, never an exception.
    const detail = err instanceof Error ? err.message : String(err);
    const at = { line: 1, col: 1, offset: 0 };
    return {
      scenario: null,
      diagnostics: [
        {
          code: 'CR100',
          severity: 'error',
          ...sayings(said('CR100', `internal error while checking: ${detail}`, { detail })),
          file,
          range: { start: at, end: at },
        },
      ],
    };
  }
}

function load(source: string, file: string, maxBytes: number, withTexts: boolean): LoadResult {
  const parsed = parseYaml(source, file, maxBytes);
  if (parsed.doc === null) return { scenario: null, diagnostics: sorted(parsed.diagnostics) };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const range = rangeOf(
      parsed.lineCounter,
      0,
      Math.min(source.indexOf('\n') >>> 0, source.length),
    );
    const message = sayings(
      said('CR201.notMapping', 'a scenario is a mapping of keys (format: 1, id: ..., beats: ...), not a single value or a list'),
    );
    return {
      scenario: null,
      diagnostics: [
        ...parsed.diagnostics,
        { code: 'CR201', severity: 'error', ...message, file, range },
      ],
    };
  }
  const raw = keepSignedHours(value as Raw, parsed.doc);
  const locate = locator(parsed.doc, parsed.lineCounter, source);
  const reporter = new Reporter(file, locate);
  const sites: TextSite[] = [];
  const names = collectNames(raw);
  for (const issue of validateSchema(raw, scenarioSchema, sites)) {
    const misplaced = misplacedChangeAt(issue.path, raw, names);
    if (misplaced === null) reporter.error(issue.code, issue.message, issue.path, issue.target);
    else reporter.error(issue.code, misplaced, issue.path, 'key');
  }

  const condition = (src: unknown, path: Path): Condition => {
    if (typeof src !== 'string') return FALSE;
    const { expr, problems } = checkCondition(src, names);
    for (const p of problems) reporter.inScalar('error', p.code, p.message, path, p.span);
    return expr === null ? { ...FALSE, source: src } : { source: src, expr };
  };
  const problem = (code: string, message: Said, path: Path): void => reporter.error(code, message, path);
  const scenario = normalise(raw, hashSource(source), { languages: readLanguages(raw), condition, problem });
  runChecks(scenario, names, sites, reporter);
  checkClaims(raw, reporter);

  const diagnostics = sorted([...parsed.diagnostics, ...reporter.diagnostics]);
  const failed = diagnostics.some((d) => d.severity === 'error');
  const positions: SourcePositions = { file, at: (path) => locate(path, 'value') };
  const result = { scenario: failed ? null : scenario, diagnostics, positions };
  return withTexts ? { ...result, texts: sourceTexts(raw, scenario.languages, sites, positions.at) } : result;
}

function sorted(given: Diagnostic[]): Diagnostic[] {
  // A mix-up both the schema and a reference check explain (a flag under effects) is said once.
  const seen = new Set<string>();
  const diagnostics = given.filter((d) => {
    const key = `${d.range.start.offset}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => a.range.start.offset - b.range.start.offset || i - j)
    .map(([d]) => d);
}
