import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index';
import { quickFix } from '../../../src/ui/workshop/quick-fix';

const base = (beats: string, endings = '  - { id: done, title: Done, tone: best, epilogue: Done. }') => `format: 1
id: fix
title: Fix
summary: Quick fixes.
meters:
  - { id: trust, label: Trust, min: 0, max: 10, start: 5, bands: [{ from: 0, label: Low }] }
start: first
beats:
${beats}
endings:
${endings}
`;

/** The text after applying the first diagnostic's quick fix. */
function fixed(text: string): string | null {
  const diagnostic = loadScenario(text).diagnostics[0];
  if (!diagnostic) return null;
  const fix = quickFix(diagnostic, text);
  return fix && text.slice(0, fix.from) + fix.insert + text.slice(fix.to);
}

describe('quickFix', () => {
  it('replaces a misspelt beat in next with the suggestion', () => {
    const beats = `  - id: first
    title: First
    decision:
      prompt: Go?
      choices:
        - { id: go, category: legal, label: Go, next: secnd, feedback: Went., rating: recommended }
  - id: second
    title: Second
    next: end`;
    expect(fixed(base(beats))).toBe(base(beats.replace('secnd', 'second')));
  });

  it('replaces only the misspelt name inside a condition', () => {
    const beats = `  - id: first
    title: First
    next: end`;
    const endings = '  - { id: done, title: Done, tone: best, when: "trsut >= 5", epilogue: Done. }\n  - { id: other, title: Other, tone: poor, epilogue: Other. }';
    expect(fixed(base(beats, endings))).toBe(base(beats, endings.replace('trsut', 'trust')));
  });

  it('has no fix for a diagnostic without a suggestion', () => {
    const beats = `  - id: first
    title: First
    next: nowhere_near_anything`;
    const text = base(beats);
    const diagnostic = loadScenario(text).diagnostics[0]!;
    expect(diagnostic.message).not.toContain('did you mean');
    expect(quickFix(diagnostic, text)).toBeNull();
  });
});
