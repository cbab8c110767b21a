/**
 * Design findings in Korean (issue #20): the findings whose sentences the catalogs word are worded
 * by the English catalog exactly as the analysis says them, and by the Korean catalog with no
 * English left but the ids, conditions and keys they name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import type { DesignFinding } from '../../src/analysis/design/types';
import { english, loadTranslator, type MessageKey, type Translator } from '../../src/i18n/index';
import { loadDesignFixture, withFixedOrder } from '../analysis/design/load';

const worded = (f: DesignFinding, tr: Translator): string => tr.t(`findings.${f.words?.key ?? ''}` as MessageKey, f.words?.values);

function findings(): DesignFinding[] {
  const { scenario } = loadDesignFixture('gamed');
  return [...analyze(scenario).design, ...analyze(withFixedOrder(scenario)).design.filter((f) => f.code === 'CR521')].filter((f) => f.words !== undefined);
}

describe('design findings in words', () => {
  it('carry their words for CR520, CR521, CR532, CR533 and CR534', () => {
    expect([...new Set(findings().map((f) => f.code))].sort()).toEqual(['CR520', 'CR521', 'CR532', 'CR533', 'CR534']);
  });

  it('are worded in English exactly as the analysis says them', () => {
    for (const f of findings()) expect(worded(f, english), f.code).toBe(f.message);
  });

  it('are worded in Korean with no English left but what they name', async () => {
    const ko = await loadTranslator('ko');
    // The keys an author writes (when, if, order: fixed) stay as the format spells them.
    const keys = new Set(['when', 'order', 'fixed']);
    for (const f of findings()) {
      const text = worded(f, ko);
      const named = new Set(Object.values(f.words?.values ?? {}).flatMap((v) => String(v).match(/[A-Za-z]{3,}/g) ?? []));
      expect((text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !named.has(w) && !keys.has(w)), `${f.code}: ${text}`).toEqual([]);
    }
  });
});
