import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/index';

/** The text of `tests/fixtures/scenario/<name>.yaml`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/scenario/${name}.yaml`, import.meta.url), 'utf8');
}

/** A fixture's diagnostics, one compact line each: `line:col-line:col severity code message @ path`. */
export function diagnose(name: string): string[] {
  const { scenario, diagnostics } = loadScenario(fixture(name), { file: `${name}.yaml` });
  const lines = diagnostics.map(
    (d) =>
      `${d.range.start.line}:${d.range.start.col}-${d.range.end.line}:${d.range.end.col} ${d.severity} ${d.code} ${d.message}${d.path ? ` @ ${d.path}` : ''}`,
  );
  return scenario === null ? lines : [...lines, '(scenario loaded)'];
}
