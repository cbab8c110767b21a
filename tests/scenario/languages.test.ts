import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: texts and languages (CR6xx)', () => {
  it('reports a text missing a declared language', () => {
    expect(diagnose('missing-language')).toMatchInlineSnapshot(`
      [
        "16:12-16:25 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].title",
      ]
    `);
  });

  it('warns about a language the scenario does not declare', () => {
    expect(diagnose('undeclared-language')).toMatchInlineSnapshot(`
      [
        "15:25-15:27 warning CR602 language 'fr' is not declared; add it to languages: [en, fr] or remove it @ beats[0].title.fr",
        "(scenario loaded)",
      ]
    `);
  });
});
