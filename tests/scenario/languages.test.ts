import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: texts and languages (CR6xx)', () => {
  it('reports a text missing a declared language, a plain string as much as a map', () => {
    expect(diagnose('missing-language')).toMatchInlineSnapshot(`
      [
        "4:8-4:15 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ title",
        "5:10-5:23 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ summary",
        "8:12-8:17 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].label",
        "12:31-12:34 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].bands[0].label",
        "12:57-12:61 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].bands[1].label",
        "16:12-16:25 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].title",
        "18:15-18:24 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.prompt",
        "22:18-22:21 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[0].label",
        "25:21-25:26 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[0].feedback",
        "29:12-29:16 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ endings[0].title",
        "31:15-31:23 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ endings[0].epilogue",
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
