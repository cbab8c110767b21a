import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { diagnose } from './diagnose';

describe('loadScenario: forbidden keys (CR107)', () => {
  it('rejects __proto__ reached through an alias used as a key', () => {
    expect(diagnose('forbidden-key-through-alias')).toMatchInlineSnapshot(`
      [
        "6:1-6:3 error CR107 the key '__proto__' is not allowed",
      ]
    `);
  });

  it('does not let the alias change the prototype of the parsed value', () => {
    const source = readFileSync(new URL('../fixtures/scenario/forbidden-key-through-alias.yaml', import.meta.url), 'utf8');
    loadScenario(source, { file: 'forbidden-key-through-alias.yaml' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
