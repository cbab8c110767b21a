/**
 * check's diagnostics in other languages (issue #20): which codes the catalogs word, and that a
 * worded code gets the values its message needs, the same in every language.
 */
import { describe, expect, it } from 'vitest';
import english from '../../src/i18n/locales/en/index.ts';
import korean from '../../src/i18n/locales/ko/index.ts';
import { english as englishTranslator, loadTranslator } from '../../src/i18n/index';
import { loadScenario } from '../../src/scenario/index';
import { diagnosticMessage } from '../../src/cli/diagnostic-words';
import { DIAGNOSTIC_CODES } from './diagnostic-codes.ts';
import { UNTRANSLATED } from './untranslated-diagnostics.ts';

const translated = Object.keys(korean.diagnostics).sort();

/** A scenario that trips every translated code: a language listed twice, a text without Korean, an undeclared language. */
const TRIPS = `
id: trips
title: { en: Trips, ko: 걸림 }
version: 1.0.0
languages: [en, ko, ko]
summary: { en: Only English }
role: { en: Team, ko: 팀, fr: Équipe }
`;

describe('check diagnostics in Korean', () => {
  it('lists the codes not yet worded in the catalogs (translate one: take it off the list)', () => {
    expect(DIAGNOSTIC_CODES.filter((code) => !translated.includes(code))).toEqual(UNTRANSLATED);
    expect(Object.keys(english.diagnostics).sort()).toEqual(translated);
  });

  it('words a translated code from the values its diagnostic carries, the same as its English', async () => {
    const ko = await loadTranslator('ko');
    const found = loadScenario(TRIPS, { file: 'trips.yaml' }).diagnostics.filter((d) => translated.includes(d.code));
    expect([...new Set(found.map((d) => d.code))].sort()).toEqual(translated);
    for (const d of found) {
      expect({ code: d.code, params: d.params !== undefined }).toEqual({ code: d.code, params: true });
      // The catalog's English is the scenario layer's own message: one wording, two sources.
      expect(englishTranslator.t(`diagnostics.${d.code}` as 'diagnostics.CR601', d.params)).toBe(d.message);
      const said = diagnosticMessage(d, ko);
      expect(said).not.toBe(d.message);
      for (const value of Object.values(d.params ?? {})) expect({ code: d.code, said, has: said.includes(String(value)) }).toEqual({ code: d.code, said, has: true });
    }
  });
});
