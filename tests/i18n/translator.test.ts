import { describe, expect, it } from 'vitest';
import { createTranslator, english, formatCalendar, loadTranslator, resolveLanguage } from '../../src/i18n/index';

const at = new Date(Date.UTC(2025, 10, 18, 9, 0));

describe('translator', () => {
  it('writes the scenario calendar as each language does', async () => {
    const korean = await loadTranslator('ko');
    expect(formatCalendar(english, at)).toBe('Tue 18 Nov 2025, 09:00');
    expect(formatCalendar(korean, at)).toBe('2025년 11월 18일 (화) 09:00');
    expect(formatCalendar(korean, at, 'date')).toBe('2025년 11월 18일 (화)');
    expect(formatCalendar(english, at, 'time')).toBe('09:00');
  });

  it('formats numbers and plurals through Intl', async () => {
    const korean = await loadTranslator('ko');
    expect(english.number(33_700_000)).toBe('33,700,000');
    expect(korean.number(33_700_000)).toBe('33,700,000');
    const plural = { common: { n: '{n, plural, one {# decision} other {# decisions}}' } };
    const en = createTranslator('en', plural);
    expect(en.t('common.n' as never, { n: 1 })).toBe('1 decision');
    expect(en.t('common.n' as never, { n: 1234 })).toBe('1,234 decisions');
  });

  it('falls back to English for a key the language lacks, and reports it once', () => {
    const reports: string[] = [];
    const partial = createTranslator('ko', { common: {} }, english, (lang, key) => reports.push(`${lang}:${key}`));
    const values = { day: '2', time: '09:00' };
    expect(partial.t('common.calendar.dayShort', values)).toBe('Day 2 · 09:00');
    expect(partial.t('common.calendar.dayShort', values)).toBe('Day 2 · 09:00');
    expect(partial.has('common.calendar.dayShort')).toBe(false);
    expect(reports.length).toBeGreaterThan(0);
  });

  it('loads a language once and shares it', async () => {
    const [a, b] = await Promise.all([loadTranslator('ko'), loadTranslator('ko')]);
    expect(a).toBe(b);
    expect(await loadTranslator('en')).toBe(english);
  });
});

describe('resolveLanguage', () => {
  it('puts an explicit choice first, then the kept language', () => {
    expect(resolveLanguage({ explicit: 'ko', kept: 'en', preferred: ['en'], scenario: ['en'] })).toBe('ko');
    expect(resolveLanguage({ explicit: 'fr', kept: 'ko', scenario: ['en'] })).toBe('ko');
  });

  it('takes the browser language only when the scenario has it', () => {
    expect(resolveLanguage({ preferred: ['ko-KR', 'en'], scenario: ['en', 'ko'] })).toBe('ko');
    expect(resolveLanguage({ preferred: ['ko-KR'], scenario: ['en'] })).toBe('en');
    expect(resolveLanguage({ preferred: ['fr-FR', 'en-GB'], scenario: ['ko', 'en'] })).toBe('en');
  });

  it('falls back to the scenario first language, then English', () => {
    expect(resolveLanguage({ preferred: ['fr'], scenario: ['ko', 'en'] })).toBe('ko');
    expect(resolveLanguage({ preferred: ['ko'] })).toBe('ko');
    expect(resolveLanguage({})).toBe('en');
  });
});
