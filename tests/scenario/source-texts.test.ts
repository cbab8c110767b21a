/**
 * The texts the workshop's languages panel lists (issue #20): each with its declared languages side
 * by side, in file order, named by ids, the missing ones null, and exactly the texts CR601 counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { fixture } from './diagnose';

const shipped = (id: string): string => readFileSync(new URL(`../../scenarios/${id}.yaml`, import.meta.url), 'utf8');

describe('loadScenario: texts side by side', () => {
  it('lists every text with each language, a missing one as null, in file order', () => {
    const { texts } = loadScenario(fixture('half-translated'), { texts: true });
    expect(texts?.languages).toEqual(['en', 'ko']);
    expect(texts?.entries.map((e) => [e.range.start.line, e.where, e.values['en'], e.values['ko']])).toEqual([
      [4, 'title', 'Half translated', '반쯤 옮긴 시나리오'],
      [5, 'summary', 'One decision, half of it in Korean.', '결정 하나, 절반만 한국어.'],
      [8, 'meters[trust].label', 'Trust', '신뢰'],
      [12, 'meters[trust].bands[0].label', 'Low', '낮음'],
      [12, 'meters[trust].bands[1].label', 'High', null],
      [16, 'beats[first].title', 'First call', '첫 통화'],
      // A plain string is the first language's text.
      [18, 'beats[first].decision.prompt', 'What now?', null],
      [22, 'beats[first].decision.choices[act].label', 'Act', '행동한다'],
      [25, 'beats[first].decision.choices[act].feedback', null, '좋습니다.'],
      [29, 'endings[done].title', 'Done', '끝'],
      [31, 'endings[done].epilogue', 'The end.', '끝.'],
    ]);
  });

  it('marks as incomplete exactly the texts the language check reports', () => {
    const { texts, diagnostics } = loadScenario(fixture('half-translated'), { texts: true });
    const incomplete = texts?.entries.filter((e) => Object.values(e.values).includes(null)).map((e) => e.range.start.offset);
    const reported = diagnostics.filter((d) => d.code === 'CR601').map((d) => d.range.start.offset);
    expect(incomplete).toEqual(reported);
    expect(reported).toHaveLength(3);
  });

  it('lists the texts of a file that does not load, but none of one that does not parse', () => {
    expect(loadScenario(fixture('half-translated').replace('start: first', 'start: nowhere'), { texts: true }).texts?.entries).toHaveLength(11);
    expect(loadScenario('title: [unclosed', { texts: true }).texts).toBeUndefined();
    // Only when asked: every other load (the game, the CLI, the server) skips the work.
    expect(loadScenario(fixture('half-translated')).texts).toBeUndefined();
  });

  it('has both languages of every text of the bilingual shipped scenarios', () => {
    for (const id of ['breach_33m', 'tutorial']) {
      const { texts } = loadScenario(shipped(id), { texts: true });
      expect(texts?.entries.length).toBeGreaterThan(300);
      expect(texts?.entries.filter((e) => e.values['en'] === null || e.values['ko'] === null)).toEqual([]);
    }
    const english = loadScenario(shipped('deepfake_ceo'), { texts: true }).texts;
    expect(english?.languages).toEqual(['en']);
    expect(english?.entries.every((e) => typeof e.values['en'] === 'string')).toBe(true);
  });
});
