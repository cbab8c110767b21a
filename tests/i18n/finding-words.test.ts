/**
 * Design findings in Korean (issue #20): every finding (CR520-CR534), every surface strategy's
 * description and every title is worded by the English catalog exactly as the analysis says it,
 * and by the Korean catalog with no English left but the ids, conditions and keys it names.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/analysis/index';
import type { DesignFinding, FindingWords } from '../../src/analysis/design/types';
import { english, loadTranslator, type Translator } from '../../src/i18n/index';
import { findingText, findingTitle, findingWordsText } from '../../src/i18n/finding-words';
import { DESIGN_CODES, type DesignCodeId } from '../../src/scenario/index';
import { loadDesignFixture, withFixedOrder } from '../analysis/design/load';

/** Each fixture that shows a kind of finding; past the state cap the forgiven ones are searched for. */
function analyses(): Analysis[] {
  const gamed = loadDesignFixture('gamed').scenario;
  return [
    analyze(gamed),
    analyze(withFixedOrder(gamed)),
    analyze(gamed, { maxStates: 3, witnessRuns: 10 }),
    ...['one-decision', 'deficient-forgiven', 'one-category', 'silenced'].map((name) => analyze(loadDesignFixture(name).scenario)),
  ];
}

const all = analyses();
const findings: DesignFinding[] = all.flatMap((a) => a.design);

/** The keys a Korean sentence keeps as the format spells them (an author writes them so). */
const KEPT = new Set(['when', 'order', 'fixed', 'and', 'met', 'forgivable', 'true']);

/** Every id, figure or name the words carry, nested words and lists included. */
function named(words: FindingWords, into = new Set<string>()): Set<string> {
  for (const value of Object.values(words.values)) {
    if (Array.isArray(value)) (value as readonly FindingWords[]).forEach((item) => named(item, into));
    else if (typeof value === 'object') named(value as FindingWords, into);
    else for (const word of String(value).match(/[A-Za-z]{3,}/g) ?? []) into.add(word);
  }
  return into;
}

const latin = (text: string, words: FindingWords): string[] => (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !named(words).has(w) && !KEPT.has(w) && !/^CR\d+$/.test(w));

describe('design findings in words', () => {
  it('carry their words for every code, each met in a fixture', () => {
    expect(findings.filter((f) => f.words === undefined).map((f) => f.code)).toEqual([]);
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual(Object.keys(DESIGN_CODES).sort());
    // Both ways of failing a deadline and both ways of finding it are worded.
    expect(findings.map((f) => f.words?.key)).toEqual(expect.arrayContaining(['CR530.missed', 'CR530.deficient']));
    expect(findings.some((f) => f.message.includes('bounded search')) && findings.some((f) => f.message.includes('explored state graph'))).toBe(true);
  });

  it('are worded in English exactly as the analysis says them, strategies and titles too', () => {
    for (const f of findings) expect(findingText(f, english), f.code).toBe(f.message);
    for (const f of findings) expect(f.words && findingWordsText(f.words, english), f.code).toBe(f.message);
    for (const s of all.flatMap((a) => a.strategies)) expect(findingWordsText(s.descriptionWords, english), s.strategy).toBe(s.description);
    for (const code of Object.keys(DESIGN_CODES) as DesignCodeId[]) expect(findingTitle({ code, title: DESIGN_CODES[code].title }, english)).toBe(DESIGN_CODES[code].title);
  });

  it('are worded in Korean with no English left but what they name', async () => {
    const ko: Translator = await loadTranslator('ko');
    for (const f of findings) {
      const text = findingText(f, ko);
      expect(text, f.code).not.toBe(f.message);
      expect(latin(text, f.words!), `${f.code}: ${text}`).toEqual([]);
    }
    for (const s of all.flatMap((a) => a.strategies)) {
      const text = findingWordsText(s.descriptionWords, ko);
      expect(latin(text, s.descriptionWords), `${s.strategy}: ${text}`).toEqual([]);
    }
    for (const code of Object.keys(DESIGN_CODES) as DesignCodeId[]) {
      const title = findingTitle({ code, title: DESIGN_CODES[code].title }, ko);
      expect(title).toMatch(/[가-힣]/);
      expect(title.match(/[A-Za-z]{3,}/g) ?? [], title).toEqual([]);
    }
  });
});
