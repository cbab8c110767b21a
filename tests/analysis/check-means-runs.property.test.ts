import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, randomTest } from '../../src/analysis/index';
import { createSession } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/index';

/**
 * The property of issue 17, point 7: every file `check` accepts compiles, plays and analyses
 * without an internal error. Files are built from parts that have broken the tools before: long
 * `and`/`or` chains (past the term cap too), long beat chains, many chance triggers that roll in
 * the same step, loops back to earlier beats.
 */
const head = `format: 1
id: generated
title: Generated
summary: Property test.
version: "1.0.0"
author: Tests
duration_minutes: 5
difficulty: introductory
audience: Tests
objectives: [Run]
case_note: Invented.
role: Testers
clock_start: "2025-11-18T09:00"
meters:
  - { id: trust, label: Trust, min: 0, max: 10, start: 5, good: high, bands: [{ from: 0, label: Low }] }
flags:
  - { id: told, start: false }
`;

const term = fc.constantFrom('trust > 1', 'trust <= 8', 'told', 'not told', '(trust > 2 or told)', 'visits(b0) > 0', 'chose(c0_0)');

const fileOf = fc
  .record({
    beats: fc.integer({ min: 1, max: 40 }),
    terms: fc.array(fc.oneof(fc.integer({ min: 1, max: 130 }), fc.integer({ min: 2_000, max: 3_000 })), { minLength: 1, maxLength: 3 }),
    joiners: fc.constantFrom('and', 'or'),
    picks: fc.array(term, { minLength: 1, maxLength: 8 }),
    chance: fc.integer({ min: 0, max: 11 }),
    loopBack: fc.boolean(),
  })
  .map(({ beats, terms, joiners, picks, chance, loopBack }) => {
    const condition = (n: number): string => Array.from({ length: n }, (_x, at) => picks[at % picks.length]!).join(` ${joiners} `);
    let out = `${head}start: b0\nbeats:\n`;
    for (let at = 0; at < beats; at++) {
      const next = at + 1 < beats ? `b${at + 1}` : 'end';
      const back = loopBack && at > 0 ? 'b0' : next;
      const gated = terms[at % terms.length]!;
      out += `  - id: b${at}\n    title: B${at}\n    at: ${at}\n    decision:\n      prompt: Go?\n      choices:\n`;
      out += `        - { id: c${at}_0, category: disclosure, label: Go, next: ${next}, feedback: Go., rating: recommended, effects: { trust: 1 }, set: { told: true } }\n`;
      out += `        - { id: c${at}_1, category: disclosure, label: Gated, if: "${condition(gated)}", next: ${back}, feedback: Go., rating: harmful, effects: { trust: -1 } }\n`;
    }
    if (chance > 0) {
      out += 'triggers:\n';
      for (let at = 0; at < chance; at++) out += `  - { id: t${at}, when: "visits(b0) > 0", chance: 0.5, effects: { trust: ${at % 2 ? 1 : -1} } }\n`;
    }
    out += `endings:\n  - { id: ok, title: OK, tone: good, when: "${condition(terms[0]!)}", epilogue: OK. }\n  - { id: bad, title: Bad, tone: poor, epilogue: Bad. }\n`;
    return out;
  });

describe('a clean check means the file runs', () => {
  it('every file check accepts compiles, plays and analyses without an internal error', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fileOf, fc.integer({ min: 0, max: 1000 }), (source, seed) => {
        const { scenario } = loadScenario(source, { file: 'generated.yaml' });
        if (!scenario) return;
        accepted++;
        const session = createSession(scenario, { seed, now: () => 0 });
        for (let steps = 0; steps < 200 && !session.finished(); steps++) {
          const offered = session.rules.available(session.state());
          const result = offered.length > 0 ? session.choose(offered[seed % offered.length]!.id) : session.continue();
          if (!result.accepted) break;
        }
        expect(randomTest(scenario, { runs: 3, seed }).runs).toBe(3);
        const analysis = analyze(scenario, { maxStates: 2_000, maxSteps: 30_000, witnessRuns: 20 });
        expect(analysis.budget.steps).toBeLessThanOrEqual(30_000 + 2);
      }),
      { numRuns: 30, seed: 17 },
    );
    // Some files must have passed the check, or the property says nothing.
    expect(accepted).toBeGreaterThan(5);
  }, 120_000);
});
