import { readdirSync, readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario, scenarioSchema } from '../../src/scenario/index';
import { fixture } from './diagnose';

const scenariosDir = new URL('../../scenarios/', import.meta.url);
const published: unknown = JSON.parse(readFileSync(new URL('schema.json', scenariosDir), 'utf8'));
const shipped = readdirSync(scenariosDir).filter(
  (f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'),
);

/** ajv is the independent second opinion: it never sees the loader's own schema walker. */
function ajvValidate(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(published as object);
}

describe('scenario JSON Schema', () => {
  it('publishes exactly the schema the loader checks against', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(scenarioSchema)));
  });

  it('is a draft-07 schema ajv accepts in strict mode', () => {
    expect(scenarioSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(() => ajvValidate()).not.toThrow();
  });

  it.each(shipped)('accepts the shipped scenario %s (ajv)', (file) => {
    const source = readFileSync(new URL(file, scenariosDir), 'utf8');
    expect(source.startsWith('# yaml-language-server: $schema=./schema.json\n')).toBe(true);
    const validate = ajvValidate();
    const ok = validate(parse(source));
    expect(ok ? [] : validate.errors).toEqual([]);
    // Compiling the schema and validating breach_33m (3,400 lines) takes seconds on a loaded machine.
  }, 30_000);

  it('agrees with ajv on every schema fixture', () => {
    const validate = ajvValidate();
    const cases = [
      'valid-minimal',
      'schema-unknown-key',
      'schema-missing-key',
      'schema-wrong-type',
      'schema-enum',
      'schema-id-pattern',
      'schema-effect-syntax',
      'schema-text-as-mapping',
      'schema-comma-in-flow-mapping',
      'schema-wrong-format',
      'decision-without-choices',
      'decision-order-misspelt',
      'choice-order-key-misspelt',
      'choice-order-not-a-word',
      'facilitation-valid',
      'artefact-without-text',
      'facilitation-missing-language',
    ];
    for (const name of cases) {
      const source = fixture(name);
      const ours = loadScenario(source).diagnostics.some((d) => d.code.startsWith('CR2'));
      expect({ name, rejected: !validate(parse(source)) }).toEqual({ name, rejected: ours });
    }
  });

  it('describes every property so editors can show help', () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      const props = n['properties'] as Record<string, Record<string, unknown>> | undefined;
      for (const [key, sub] of Object.entries(props ?? {})) {
        if (sub['description'] === undefined && sub['$ref'] === undefined)
          undocumented.push(`${path}.${key}`);
        visit(sub, `${path}.${key}`);
      }
      for (const [name, def] of Object.entries(
        (n['definitions'] as Record<string, unknown> | undefined) ?? {},
      ))
        visit(def, name);
      for (const alt of (n['anyOf'] as unknown[] | undefined) ?? []) visit(alt, path);
    };
    visit(scenarioSchema, '');
    expect(undocumented).toEqual([]);
  });
});
