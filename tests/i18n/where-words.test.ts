/**
 * Where a condition or a conditional text sits, in both languages (issue #20): every place the
 * scenario's conditions and texts can be (conditionsOf, textConditionsOf) is worded in English as
 * the analysis has always said it, and in Korean with no English left but the id and the YAML key.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { english, loadTranslator } from '../../src/i18n/index';
import { whereText } from '../../src/i18n/where-words';
import { loadScenario, type Where } from '../../src/scenario/index';
import { conditionsOf } from '../../src/scenario/references';
import { textConditionsOf } from '../../src/scenario/text-conditions';

const places = (file: string): Where[] => {
  const { scenario } = loadScenario(readFileSync(file, 'utf8'));
  return [...conditionsOf(scenario!), ...textConditionsOf(scenario!)].map((item) => item.where);
};

/** Every kind of place and every field, from the fixtures and the shipped scenarios. */
const all: Where[] = ['tests/fixtures/analysis/where-korean.yaml', 'tests/fixtures/engine/deadlines.yaml', 'scenarios/breach_33m.yaml', 'scenarios/deepfake_ceo.yaml'].flatMap(places);
const kinds = [...new Set(all.map((where) => `${where.kind} ${where.field}`))].sort();

describe('where a condition or a text sits', () => {
  it('covers every kind of place and field a scenario has', () => {
    expect(kinds).toEqual([
      'choice consequence',
      'choice feedback',
      'choice if',
      'deadline deficient_when',
      'deadline met_when',
      'deadline starts_when',
      'ending epilogue',
      'ending when',
      'inject body',
      'inject headline',
      'rubric when',
      'trigger when',
    ]);
  });

  it('reads in English as the analysis always said it', () => {
    expect(whereText({ kind: 'choice', id: 'hidden', field: 'if' }, english)).toBe('choice hidden (if)');
    expect(whereText({ kind: 'deadline', id: 'pipa', field: 'deficient_when' }, english)).toBe('deadline pipa (deficient_when)');
    expect(whereText({ kind: 'rubric', id: 'speed', evidence: 2, field: 'when' }, english)).toBe('rubric speed evidence 2 (when)');
    expect(whereText({ kind: 'inject', id: 'pipc_letter', field: 'body' }, english)).toBe('inject pipc_letter body');
    expect(whereText({ kind: 'ending', id: 'done', field: 'epilogue' }, english)).toBe('ending done epilogue');
  });

  it('reads in Korean with only the id and the YAML key left in Latin letters', async () => {
    const ko = await loadTranslator('ko');
    for (const where of all) {
      const said = whereText(where, ko);
      expect(said, said).toMatch(/[가-힣]/);
      expect(said).toContain(where.id);
      expect(said).toContain(`(${where.field})`);
      expect(said.replace(where.id, '').replace(`(${where.field})`, ''), said).not.toMatch(/[A-Za-z]/);
    }
    expect(whereText({ kind: 'deadline', id: 'pipa', field: 'deficient_when' }, ko)).toBe('기한 pipa의 미흡 조건(deficient_when)');
  });
});
