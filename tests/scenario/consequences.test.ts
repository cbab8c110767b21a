import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { diagnose, fixture } from './diagnose';

describe('outcome stories (a choice\'s consequence) in the checker', () => {
  it('reads a conditional consequence beside the plain field, which holds the fallback', () => {
    const { scenario, diagnostics } = loadScenario(fixture('text-variants-and-relative-at'));
    expect(diagnostics).toEqual([]);
    const act = scenario!.beats[0]!.decision!.choices[0]!;
    expect(act.consequence).toBe('Nobody outside the room knows yet.');
    expect(act.consequenceCases?.map((c) => [c.when.source, c.text])).toEqual([['told', 'The members you told write back.']]);
  });

  it('leaves a choice without a consequence without one, and reads a plain one as plain', () => {
    const { scenario } = loadScenario(fixture('consequence-partial'));
    const [tell, wait] = scenario!.beats[0]!.decision!.choices;
    expect(tell!.consequence).toBe('Members read the notice over breakfast.');
    expect(tell!.consequenceCases).toBeUndefined();
    expect(wait!.consequence).toBeUndefined();
    expect('consequence' in wait!).toBe(false);
  });

  it('warns (CR235) at each choice of a decision that lacks the story its siblings tell, and not where none has one', () => {
    expect(diagnose('consequence-partial')).toMatchInlineSnapshot(`
      [
        "26:15-26:19 warning CR235 choice 'wait' has no consequence, while 'tell' and 'deny' have one in the same decision: write its outcome story too, or leave out all of them @ beats[0].decision.choices[1].id",
        "(scenario loaded)",
      ]
    `);
  });

  it('checks a consequence\'s variants, conditions, languages and keys like feedback\'s', () => {
    expect(diagnose('consequence-variant-problems')).toMatchInlineSnapshot(`
      [
        "3:8-3:15 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ title",
        "4:10-4:71 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ summary",
        "8:12-8:17 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].label",
        "12:31-12:34 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].bands[0].label",
        "12:57-12:61 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].bands[1].label",
        "18:12-18:17 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].title",
        "20:15-20:24 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.prompt",
        "24:18-24:21 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[0].label",
        "27:22-27:25 error CR502 unknown name 'tld'; did you mean 'told'? @ beats[0].decision.choices[0].consequence[0].when",
        "29:21-29:33 error CR420 the last variant of a text has a when: add a fallback item without one ({ text: ... }), shown when no condition holds @ beats[0].decision.choices[0].consequence[1].when",
        "30:21-30:45 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[0].consequence[1].text",
        "31:21-31:26 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[0].feedback",
        "35:18-35:23 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[1].label",
        "37:25-37:48 error CR202 text variant is missing 'text' @ beats[0].decision.choices[1].consequence[0]",
        "37:27-37:30 error CR203 unknown key 'txt' in text variant; did you mean 'text'? @ beats[0].decision.choices[1].consequence[0].txt",
        "38:21-38:27 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[1].feedback",
        "42:12-42:16 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ endings[0].title",
        "44:15-44:23 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ endings[0].epilogue",
      ]
    `);
  });
});
