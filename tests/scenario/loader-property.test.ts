import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario } from '../../src/scenario/index';
import { fixture } from './diagnose';

const tutorial = readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const minimal = fixture('valid-minimal');

/** Loads and asserts the loader's contract: no throw, every diagnostic coded and positioned. */
function holdsContract(source: string): void {
  const { scenario, diagnostics } = loadScenario(source, { file: 'm.yaml' });
  for (const d of diagnostics) {
    expect(d.code).toMatch(/^CR[1-6]\d\d$/);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.file).toBe('m.yaml');
    const { start, end } = d.range;
    expect(start.line).toBeGreaterThanOrEqual(1);
    expect(start.col).toBeGreaterThanOrEqual(1);
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(start.offset).toBeLessThanOrEqual(source.length);
    expect(end.offset).toBeGreaterThanOrEqual(start.offset);
  }
  expect(scenario === null).toBe(diagnostics.some((d) => d.severity === 'error'));
}

const yamlish = fc.constantFrom(
  ':',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  "'",
  '"',
  '\n',
  '  ',
  '#',
  '!!str ',
  '%+',
  '=',
  '---\n',
  '__proto__: 1\n',
  'end',
  'trust',
  'first',
  '1e999',
  '~',
  '\t',
  '\u0000',
  '한',
);
const fragment = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.array(yamlish, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
);

/** A text edit: insert, delete, replace or truncate at a position given as a fraction. */
const textEdit = fc.tuple(
  fc.constantFrom('insert', 'delete', 'replace', 'truncate'),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat(40),
  fragment,
);

function applyEdits(source: string, edits: readonly [string, number, number, string][]): string {
  let out = source;
  for (const [kind, at, length, text] of edits) {
    const i = Math.floor(at * out.length);
    if (kind === 'insert') out = out.slice(0, i) + text + out.slice(i);
    else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + length);
    else if (kind === 'replace') out = out.slice(0, i) + text + out.slice(i + length);
    else out = out.slice(0, i);
  }
  return out;
}

/** Every path to a node of a plain value, so a structural mutation can pick one. */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(
  root: unknown,
  path: readonly (string | number)[],
  make: (old: unknown) => unknown,
): unknown {
  if (path.length === 0) return make(root);
  if (typeof root !== 'object' || root === null) return root;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? setAt(v, rest, make) : v));
  const obj = root as Record<string, unknown>;
  return { ...obj, [head]: setAt(obj[head], rest, make) };
}

const swapped = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('end', 'trust', 'not trust', '%+500', 'and', ''),
);
const structural = fc.tuple(
  fc.constantFrom('swap', 'add-key', 'drop'),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.string({ maxLength: 10 }),
  swapped,
);

describe('loadScenario (property)', () => {
  it('never throws and positions every diagnostic when a small scenario is edited at random', () => {
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), (edits) =>
        holdsContract(applyEdits(minimal, edits)),
      ),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('never throws and positions every diagnostic when the tutorial is edited at random', () => {
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 3 }), (edits) =>
        holdsContract(applyEdits(tutorial, edits)),
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('never throws when values swap types, keys appear and nodes vanish', () => {
    const value: unknown = parse(tutorial);
    const all = paths(value);
    fc.assert(
      fc.property(fc.array(structural, { minLength: 1, maxLength: 5 }), (mutations) => {
        let mutated = value;
        for (const [kind, at, key, replacement] of mutations) {
          const path = all[Math.floor(at * all.length)] ?? [];
          if (kind === 'swap') mutated = setAt(mutated, path, () => replacement);
          else if (kind === 'add-key')
            mutated = setAt(mutated, path, (old) =>
              typeof old === 'object' && old !== null && !Array.isArray(old)
                ? { ...old, [key || 'x']: replacement }
                : old,
            );
          else if (path.length > 0)
            mutated = setAt(mutated, path.slice(0, -1), (old) =>
              Array.isArray(old)
                ? old.filter((_, i) => i !== path.at(-1))
                : typeof old === 'object' && old !== null
                  ? Object.fromEntries(Object.entries(old).filter(([k]) => k !== path.at(-1)))
                  : old,
            );
        }
        holdsContract(stringify(mutated));
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
