import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { diagnose, fixture } from './diagnose';

describe('conditional texts and relative beat times in the checker', () => {
  it('reads variants beside the plain field, which holds the fallback, and both forms of a relative at', () => {
    const { scenario, diagnostics } = loadScenario(fixture('text-variants-and-relative-at'));
    expect(diagnostics).toEqual([]);
    const [first, later, last] = scenario!.beats;
    expect(first!.injects[0]!.headline).toBe('Not told');
    expect(first!.injects[0]!.headlineCases?.map((c) => [c.when.source, c.text])).toEqual([['told', 'Told']]);
    expect(first!.injects[0]!.bodyCases).toBeUndefined();
    expect(first!.decision!.choices[0]!.feedback).toBe('Trust held.');
    expect(first!.decision!.choices[0]!.feedbackCases).toHaveLength(1);
    expect(scenario!.endings[0]!.epilogue).toBe('The end.');
    expect(scenario!.endings[0]!.epilogueCases?.[0]!.text).toBe('You told them.');
    expect([first!.at, first!.after]).toEqual([2, undefined]);
    expect([later!.at, later!.after]).toEqual([0, 24]);
    // `at: +1.5` unquoted: YAML reads a number, the source keeps the sign.
    expect([last!.at, last!.after]).toEqual([0, 1.5]);
  });

  it('reports a variant list whose last item has a when (no fallback)', () => {
    expect(diagnose('text-variant-without-fallback')).toMatchInlineSnapshot(`
      [
        "26:21-26:27 error CR420 the last variant of a text has a when: add a fallback item without one ({ text: ... }), shown when no condition holds @ beats[0].decision.choices[0].feedback[0].when",
      ]
    `);
  });

  it('reports a variant without when before the last', () => {
    expect(diagnose('text-variant-fallback-not-last')).toMatchInlineSnapshot(`
      [
        "24:13-24:58 error CR421 this variant has no when, so the variants after it would never be shown: give it a when, or move it last @ beats[0].injects[0].body[0]",
      ]
    `);
  });

  it('reports conditional variants on an inject whose seeded variants would always replace them', () => {
    expect(diagnose('text-variant-with-seeded-variants')).toMatchInlineSnapshot(`
      [
        "24:11-24:25 error CR422 this inject has variants, and a seeded variant replaces its body, so these conditional variants would never be shown: use one or the other @ beats[0].injects[0].body",
      ]
    `);
  });

  it("reports a variant's bad condition at its position, with a did-you-mean hint", () => {
    expect(diagnose('text-variant-bad-condition')).toMatchInlineSnapshot(`
      [
        "32:16-32:19 error CR502 unknown name 'tld'; did you mean 'told'? @ endings[0].epilogue[0].when",
        "34:23-34:24 error CR501 the condition ends too early; expected a value @ endings[0].epilogue[1].when",
      ]
    `);
  });

  it("checks a variant's languages and keys like any text", () => {
    expect(diagnose('text-variant-languages-and-keys')).toMatchInlineSnapshot(`
      [
        "3:8-3:15 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ title",
        "4:10-4:23 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ summary",
        "8:12-8:17 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].label",
        "12:31-12:34 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].bands[0].label",
        "12:57-12:61 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ meters[0].bands[1].label",
        "18:12-18:17 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].title",
        "20:15-20:24 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.prompt",
        "24:18-24:21 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[0].label",
        "26:21-26:26 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].decision.choices[0].feedback",
        "30:12-30:16 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ endings[0].title",
        "34:15-34:37 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ endings[0].epilogue[0].text",
        "35:9-35:22 error CR202 text variant is missing 'text' @ endings[0].epilogue[1]",
        "35:9-35:12 error CR203 unknown key 'txt' in text variant; did you mean 'text'? @ endings[0].epilogue[1].txt",
      ]
    `);
  });

  it('reports a relative at without its sign or with words in it', () => {
    expect(diagnose('relative-at-malformed')).toMatchInlineSnapshot(`
      [
        "30:9-30:14 error CR205 at: '24h' is not an hour (20), or hours after the hour the beat is entered with a plus sign ("+24") @ beats[1].at",
      ]
    `);
  });
});
