import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: YAML and input limits (CR1xx)', () => {
  it('reports a YAML syntax error with a fix when a bracket is not closed', () => {
    expect(diagnose('yaml-syntax-error')).toMatchInlineSnapshot(`
      [
        "4:1-4:2 error CR103 Flow sequence in block collection must be sufficiently indented and end with a ]; check the indentation and that every [ or { is closed",
      ]
    `);
  });

  it('explains that a colon inside a plain text starts a key', () => {
    expect(diagnose('yaml-colon-in-text')).toMatchInlineSnapshot(`
      [
        "24:21-24:22 error CR103 Nested mappings are not allowed in compact mappings; a ': ' inside a text starts a new key; put the whole text in quotes",
      ]
    `);
  });

  it('reports a duplicate key when a mapping repeats one', () => {
    expect(diagnose('duplicate-key')).toMatchInlineSnapshot(`
      [
        "4:1-4:2 error CR108 duplicate key 'title'; each key may appear once per mapping: remove or rename one",
      ]
    `);
  });

  it('rejects a second YAML document', () => {
    expect(diagnose('multiple-documents')).toMatchInlineSnapshot(`
      [
        "31:1-31:4 error CR104 a scenario is one YAML document; remove the second \`---\` and what follows",
      ]
    `);
  });

  it('rejects __proto__ keys', () => {
    expect(diagnose('forbidden-key')).toMatchInlineSnapshot(`
      [
        "5:1-5:10 error CR107 the key '__proto__' is not allowed",
      ]
    `);
  });

  it('positions an alias bomb instead of throwing', () => {
    expect(diagnose('alias-bomb')).toMatchInlineSnapshot(`
      [
        "6:10-6:13 error CR106 too many aliases (*name): the file expands like an alias bomb; write the content out",
      ]
    `);
  });

  it('reports an empty file when there is nothing but a comment', () => {
    expect(diagnose('empty-file')).toMatchInlineSnapshot(`
      [
        "1:1-1:1 error CR109 the file is empty; a scenario starts with \`format: 1\`",
      ]
    `);
  });

  it('stops nesting deeper than the limit', () => {
    expect(diagnose('too-deep')).toMatchInlineSnapshot(`
      [
        "5:71-5:72 error CR105 nested deeper than 64 levels; a scenario never needs that",
      ]
    `);
  });

  it('reports a file whose top level is a list', () => {
    expect(diagnose('not-a-mapping')).toMatchInlineSnapshot(`
      [
        "1:1-1:12 error CR201 a scenario is a mapping of keys (format: 1, id: ..., beats: ...), not a single value or a list",
      ]
    `);
  });

  it('loads a minimal valid scenario without diagnostics', () => {
    expect(diagnose('valid-minimal')).toMatchInlineSnapshot(`
      [
        "(scenario loaded)",
      ]
    `);
  });
});
