import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followChoices } from '../../src/analysis/index';
import { objectivesScore } from '../../src/debrief/score';
import { compileRules } from '../../src/engine/index';
import { loadScenario, type Outcome } from '../../src/scenario/index';

const source = readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8');

describe('scenarios/tutorial.yaml', () => {
  const { scenario: s, diagnostics } = loadScenario(source, { file: 'tutorial.yaml' });

  it('loads without a diagnostic', () => {
    expect(diagnostics).toEqual([]);
    expect(s).not.toBeNull();
  });

  it('uses every construct of the format, as the worked example must', () => {
    if (s === null) return;
    const choices = s.beats.flatMap((b) => b.decision?.choices ?? []);
    const outcomes: Outcome[] = [
      ...s.beats.map((b) => b.onEnter),
      ...choices.map((c) => c.outcome),
      ...s.triggers.map((t) => t.outcome),
      ...s.deadlines.flatMap((d) => [d.onMet, d.onMissed]),
      ...s.optionalInjects.map((o) => o.outcome),
    ];
    const ops = new Set(outcomes.flatMap((o) => o.meters.map((m) => m.op)));
    const declared = s.categories.slice(3).map((c) => c.id);
    const revised = new Set(outcomes.flatMap((o) => Object.keys(o.facts)));
    const claimed = new Set(choices.flatMap((c) => c.claims.map((claim) => claim.fact)));
    const features = {
      declaredCategoryUsed: declared.some((id) => choices.some((c) => c.category === id)),
      threeMetersWithBands: s.meters.length >= 3 && s.meters.every((m) => m.bands.length >= 2),
      addFairAndSet: ['add', 'fair', 'set'].every((op) => ops.has(op as 'add')),
      flagSet: outcomes.some((o) => Object.keys(o.flags).length > 0),
      revisedFactWithClaim: [...revised].some((f) => claimed.has(f)),
      timedDecisionWithDefault: s.beats.some(
        (b) => b.decision?.timeLimit !== undefined && b.decision.defaultChoice !== undefined,
      ),
      beatWithoutDecision: s.beats.some((b) => b.decision === undefined && b.next !== undefined),
      conditionalChoice: choices.some((c) => c.condition !== undefined),
      triggerWithChance: s.triggers.some((t) => t.chance < 1),
      triggerWithGoto: s.triggers.some((t) => t.goto !== undefined),
      twoDeadlines: s.deadlines.length >= 2,
      missedInject: s.deadlines.some((d) => d.missedInject !== undefined),
      threeEndingsWithFallback: s.endings.length >= 3 && s.endings.at(-1)?.when === undefined,
      everyEvidenceKind: new Set(s.rubric.flatMap((o) => o.evidence.map((e) => e.kind))).size === 5,
      facilitatorNotesAndQuestions: s.beats.some(
        (b) => b.facilitator.notes !== undefined && b.facilitator.questions.length > 0,
      ),
      optionalInject: s.optionalInjects.length > 0,
      injectVariants: s.beats.some((b) => b.injects.some((i) => (i.variants?.length ?? 0) > 1)),
      socialReactions: s.triggers.some((t) => t.inject?.reactions !== undefined),
      twoLanguages: s.languages.length === 2 && typeof s.meta.title === 'object',
      strategies: choices.some((c) => c.strategy !== undefined),
      // No fixed order since 1.6.1: the memo-ordered PIPC decision put the advice at a fixed
      // place, a tell; `order: fixed` is covered by tests/fixtures and the choice-order tests.
      shuffledOrder: s.beats.every((b) => b.decision?.order !== 'fixed'),
      credibility: Object.keys(s.credibility.penalty).length > 0,
      boundClaim: choices.some((c) => c.claims.some((claim) => claim.atLeast !== undefined || claim.upTo !== undefined)),
      regulatorFiling: choices.some((c) => c.claims.some((claim) => claim.audience === 'regulator')) && Object.keys(s.credibility.regulatorPenalty ?? {}).length > 0,
      claimsByConfidence: s.rubric.some((o) =>
        o.evidence.some((e) => e.kind === 'claims' && e.confidence !== undefined),
      ),
      improvementPlan: s.improvementPlan !== undefined,
      rolesWithBriefs: s.roles.length >= 3 && s.roles.every((r) => r.brief !== undefined),
      relabelledBuiltInRole: s.roles.some(
        (r) => r.id === 'ciso' && r.label !== 'Chief information security officer',
      ),
      injectsAddressedToRoles:
        s.beats.some((b) => b.injects.some((i) => i.to !== undefined)) &&
        s.triggers.some((t) => t.inject?.to !== undefined) &&
        s.deadlines.some((d) => d.missedInject?.to !== undefined) &&
        s.optionalInjects.some((o) => o.to !== undefined),
      conditionalEpilogue: s.endings.some((e) => e.epilogueCases !== undefined),
      everyChoiceTellsItsOutcome: choices.every((c) => c.consequence !== undefined),
      conditionalConsequence: choices.some((c) => c.consequenceCases !== undefined),
      conditionalInjectText: s.deadlines.some((d) => d.missedInject?.bodyCases !== undefined),
      relativeBeatTime: s.beats.some((b) => b.after !== undefined),
      businessDayDeadline: s.deadlines.some((d) => d.businessDays !== undefined),
      deadlineFromLaterWindow: s.deadlines.some((d) => (d.startsAfter ?? 0) > 0),
      meterFloor: outcomes.some((o) => Object.keys(o.floors ?? {}).length > 0),
      meterCap: outcomes.some((o) => Object.keys(o.caps ?? {}).length > 0),
      rangeClaim: choices.some((c) =>
        c.claims.some((claim) => claim.atLeast !== undefined && claim.upTo !== undefined),
      ),
      factTolerance: s.facts.some((f) => f.tolerance !== undefined),
      // No `allow` since 1.6.0: the fixed-order PIPC decision no longer lists the advice first, so
      // there is no finding left to silence (and a stale allow is itself reported); `allow` is
      // covered by tests/scenario/allow.test.ts and the design fixtures instead.
      forgivable:
        s.deadlines.some((d) => d.forgivable === true) || s.endings.some((e) => e.forgivable === true),
      modulesWithAssumptionsAndRoleQuestions: (s.modules ?? []).some(
        (m) => m.assumptions.length > 0 && m.questions.some((q) => q.role !== undefined),
      ),
      beatQuestionForARole: s.beats.some((b) => b.facilitator.questions.some((q) => q.role !== undefined)),
      criticalTasks: s.rubric.some((o) => (o.criticalTasks?.length ?? 0) > 0),
      artefact: s.beats.some((b) => b.injects.some((i) => i.artefact !== undefined)),
      authorNotes:
        s.authorNotes !== undefined &&
        s.authorNotes.sources.length > 0 &&
        s.authorNotes.invented.length > 0 &&
        s.authorNotes.compressed.length > 0,
    };
    expect(Object.entries(features).filter(([, present]) => !present)).toEqual([]);
  });

  // Five decision beats since 1.8.0 (the 24-hour intrusion report), four or five on any path: the
  // leak story is met only by a team that stayed silent.
  it('is short: four or five decisions on any path', () => {
    if (s === null) return;
    expect(s.beats.filter((b) => b.decision !== undefined)).toHaveLength(5);
    expect(s.meta.durationMinutes).toBeLessThanOrEqual(15);
  });
});

describe('tutorial objectives follow the play', () => {
  const { scenario } = loadScenario(source, { file: 'tutorial.yaml' });
  const objectives = (choices: string[]): number => {
    if (scenario === null) throw new Error('the tutorial does not load');
    const played = followChoices(compileRules(scenario, { notices: false }), choices, 1);
    expect(played.accepted).toBe(true);
    return objectivesScore(scenario, played.state);
  };

  // The filing's confirmed floor of 48,000 comes after the forensics report and is what the memo
  // says: it must not count as "a figure stated as confirmed before forensics finished".
  it('meets every objective on the recommended route', () => {
    expect(objectives(['notify_now', 'report_intrusion', 'file_and_update', 'ceo_apology'])).toBe(100);
  });

  // The objective "notify on time" counts the 24-hour intrusion report since 1.8.0.
  it('marks down a missed intrusion report against the same later choices', () => {
    const reported = objectives(['notify_now', 'report_intrusion', 'file_and_update', 'ceo_apology']);
    expect(objectives(['notify_now', 'not_an_intrusion', 'file_and_update', 'ceo_apology'])).toBeLessThan(reported);
    expect(objectives(['notify_now', 'kisa_with_forensics', 'file_and_update', 'ceo_apology'])).toBeLessThan(reported);
  });

  // r6 comms T1: after the scoop, members had the count from the notice an hour earlier, so a
  // second e-mail with "the new figure" is not offered; filing alone is that route's answer.
  it('does not offer the member update after the scooped notice', () => {
    if (scenario === null) throw new Error('the tutorial does not load');
    const rules = compileRules(scenario, { notices: false });
    const scooped = ['wait_for_forensics', 'report_intrusion', 'confirm_and_correct'];
    expect(followChoices(rules, [...scooped, 'report_pipc', 'ceo_apology'], 1).accepted).toBe(true);
    expect(followChoices(rules, [...scooped, 'file_and_update', 'ceo_apology'], 1).accepted).toBe(false);
  });

  it('marks down the early "exactly 1,200" against the same later choices', () => {
    expect(objectives(['confirm_small', 'report_intrusion', 'file_and_update', 'ceo_apology'])).toBeLessThan(100);
  });
});
