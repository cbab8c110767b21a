/**
 * A choice's references and a deadline's reference are texts like any other (issue #20): a plain
 * string still loads, a language map gives each language its own citation, and a scenario that
 * declares [en, ko] must give each one its Korean (CR601).
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/debrief/index';
import { createSession } from '../../src/engine/index';
import { windowLabel } from '../../src/debrief/window-label';
import { windowText } from '../../src/i18n/window-words';
import { englishCommon } from '../../src/i18n/english-common';
import { loadTranslator } from '../../src/i18n/index';
import { loadScenario, text, type Scenario } from '../../src/scenario/index';
import { fixture } from './diagnose';

function load(source = fixture('references-bilingual')): Scenario {
  const { scenario, diagnostics } = loadScenario(source, { file: 'references-bilingual.yaml' });
  if (!scenario) throw new Error(diagnostics.map((d) => `${d.code} ${d.message} @ ${d.path ?? ''}`).join('\n'));
  return scenario;
}

const COOMBS_MAP = '- { en: "Coombs 2007", ko: "Coombs 2007" }';

describe('references as texts', () => {
  it('asks for the Korean of a plain reference when the scenario declares ko (CR601)', () => {
    const plain = fixture('references-bilingual').replace(COOMBS_MAP, '- "Coombs 2007"');
    const { scenario, diagnostics } = loadScenario(plain, { file: 'x.yaml' });
    expect(scenario).toBeNull();
    expect(diagnostics.map((d) => `${d.code} ${d.path ?? ''}`)).toEqual(['CR601 beats[0].decision.choices[0].references[1]']);
    const deadline = loadScenario(fixture('references-bilingual').replace(/reference: \{ en: "PIPA Art. 34\(3\)", ko: [^}]*\}/, 'reference: PIPA Art. 34(3)'), { file: 'x.yaml' });
    expect(deadline.diagnostics.map((d) => `${d.code} ${d.path ?? ''}`)).toEqual(['CR601 deadlines[0].reference']);
  });

  it('keeps a plain string valid in a one-language scenario', () => {
    const english = fixture('references-bilingual')
      .replace('languages: [en, ko]', 'languages: [en]')
      .replace(COOMBS_MAP, '- "Coombs 2007"');
    const { diagnostics, scenario } = loadScenario(english, { file: 'x.yaml' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(scenario?.beats[0]?.decision?.choices[0]?.references[1]).toBe('Coombs 2007');
  });

  it('keeps each language of a reference map', () => {
    const scenario = load();
    const choice = scenario.beats[0]?.decision?.choices[0];
    expect(choice?.references.map((r) => text(r, 'ko'))).toEqual(['개인정보 보호법 제34조제3항', 'Coombs 2007']);
    expect(choice?.references.map((r) => text(r, 'en'))).toEqual(['PIPA Art. 34(3)', 'Coombs 2007']);
    expect(text(scenario.deadlines[0]?.reference ?? '', 'ko')).toBe('개인정보 보호법 제34조제3항');
  });

  it('puts the played language’s citation into the debrief report', () => {
    const scenario = load();
    const session = createSession(scenario, { seed: 1, now: () => 0 });
    session.choose('report');
    const ko = buildReport(scenario, session.save(), { lang: 'ko' });
    expect(ko.decisions[0]?.references).toEqual(['개인정보 보호법 제34조제3항', 'Coombs 2007']);
    expect(ko.deadlines[0]?.reference).toBe('개인정보 보호법 제34조제3항');
    const en = buildReport(scenario, session.save(), { lang: 'en' });
    expect(en.decisions[0]?.references).toEqual(['PIPA Art. 34(3)', 'Coombs 2007']);
    expect(en.deadlines[0]?.reference).toBe('PIPA Art. 34(3)');
  });

  it('words a deadline’s window in the translator’s language', async () => {
    const deadline = load().deadlines[0];
    if (!deadline) throw new Error('no deadline');
    const ko = await loadTranslator('ko');
    expect(windowText(windowLabel(deadline), englishCommon)).toBe('72 h');
    expect(windowText(windowLabel(deadline), ko)).toBe('72시간');
    const business = { ...deadline, hours: undefined, businessDays: 4, startsAfter: 24 };
    expect(windowText(windowLabel(business), englishCommon)).toBe('4 business days, from 24 h after it starts');
    expect(windowText(windowLabel({ ...business, businessDays: 1, startsAfter: 0 }), englishCommon)).toBe('1 business day');
    expect(windowText(windowLabel(business), ko)).toBe('영업일 4일 (시작 24시간 후부터)');
  });

  it('gives a deadline’s window as a code and values, worded by the floors', () => {
    const deadline = load().deadlines[0];
    if (!deadline) throw new Error('no deadline');
    expect(windowLabel(deadline)).toEqual({ code: 'hours', values: { hours: 72 } });
    expect(windowLabel({ ...deadline, hours: undefined, businessDays: 4, startsAfter: 24 })).toEqual({
      code: 'after',
      values: { hours: 24 },
      length: { code: 'businessDays', values: { days: 4 } },
    });
  });
});
