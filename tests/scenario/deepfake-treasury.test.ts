/**
 * deepfake_ceo's pushed treasury decision, read as a room would (round-8 readers): the cloned voice
 * belongs to someone not at the table, the payment-control fix goes to the CFO, and a paid loss
 * follows the team into whichever ending it reaches. Since 2.7.2 (r8 CISO S1, r9 comms S2) the
 * room sees the bank's "no match" before it decides, and one wrong answer is a call back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/debrief/index';
import { createSession } from '../../src/engine/index';
import { loadScenario, type Scenario } from '../../src/scenario/index';

const source = readFileSync(new URL('../../scenarios/deepfake_ceo.yaml', import.meta.url), 'utf8');

function load(): Scenario {
  const { scenario, diagnostics } = loadScenario(source, { file: 'deepfake_ceo.yaml' });
  if (scenario === null) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return scenario;
}

const BEST_BEFORE_PUSH = ['callback_known_channel', 'holding_line_verify', 'lock_down_and_preserve', 'rns_precise', 'takedown_label_provenance', 'notify_opss_now'];
const BEST_AFTER_PUSH = ['open_briefings', 'disclose_batch_now', 'precautionary_recall', 'preserve_and_refer', 'ceo_owns_review'];

/** Plays `before`, pushes the treasury call, answers it, then plays `after`; returns the debrief. */
function play(s: Scenario, before: readonly string[], answer: string, after: readonly string[]) {
  let wall = Date.UTC(2026, 4, 12, 6, 0, 0);
  const session = createSession(s, { seed: 1, team: 'Blue', now: () => wall });
  const step = (id: string) => {
    wall += 60_000;
    session.choose(id);
  };
  before.forEach(step);
  session.inject('treasury_transfer_call');
  step(answer);
  after.forEach(step);
  return { state: session.state(), report: buildReport(s, session.save()) };
}

describe('deepfake_ceo: the treasury detour', () => {
  const s = load();
  const detour = s.beats.find((b) => b.id === 'treasury_transfer_decision');

  it('asks the room about a voice that is not at the table: no option or outcome names the CFO as the caller', () => {
    const choices = detour?.decision?.choices ?? [];
    expect(choices).toHaveLength(5);
    // JSON reads every text of a choice, label to feedback, whatever its shape.
    const texts = choices.map((c) => JSON.stringify(c));
    expect(texts.filter((t) => /Martin (asks|confirms|back)|\\"Martin\\"|for Martin/.test(t))).toEqual([]);
    expect(texts.filter((t) => t.includes('Karen'))).toHaveLength(4);
  });

  it('puts every treasury choice in a finance category whose harmful answers go to the CFO', () => {
    expect(new Set(detour?.decision?.choices.map((c) => c.category))).toEqual(new Set(['finance']));
    const { report } = play(s, BEST_BEFORE_PUSH, 'treasury_pay_today', BEST_AFTER_PUSH);
    const line = report.improvementPlan.find((a) => a.issue.includes('Pay it today as Karen asks'));
    expect(line).toMatchObject({ capability: 'Finance controls', owner: 'Chief financial officer', dueDays: 14 });
  });

  it('names the £480,000 in the good ending and keeps what it says about the households', () => {
    const { report } = play(s, BEST_BEFORE_PUSH, 'treasury_pay_today', BEST_AFTER_PUSH);
    expect(report.ending?.id).toBe('steady_hands');
    expect(report.ending?.epilogue).toContain('£480,000');
    expect(report.ending?.epilogue).toContain('The affected households were reached');
    expect(report.ending?.epilogue).toContain('nobody called Karen back');
  });

  it('names the £480,000 in the bruised ending too, when the team paid and then closed the matter', () => {
    const after = ['open_briefings', 'disclose_batch_now', 'precautionary_recall', 'preserve_and_refer', 'declare_closed'];
    const { report } = play(s, BEST_BEFORE_PUSH, 'treasury_pay_today', after);
    expect(report.ending?.id).toBe('bruised');
    expect(report.ending?.epilogue).toContain("£480,000 paid to a cloned voice is in the auditors' letter");
  });

  it('names the £480,000 in the credibility gap, whether or not both legal clocks were missed', () => {
    const cynical = ['open_briefings', 'keep_delay', 'minimal_confirmation', 'preserve_and_refer', 'ceo_owns_review'];
    const before = ['callback_known_channel', 'holding_line_verify', 'lock_down_and_preserve', 'rns_precise', 'takedown_label_provenance', 'notify_with_analysis'];
    const { report } = play(s, before, 'treasury_video_confirm', cynical);
    expect(report.ending?.id).toBe('credibility_gap');
    expect(report.ending?.epilogue).toContain('"forthwith"');
    expect(report.ending?.epilogue).toContain("£480,000 paid to a cloned voice is in the auditors' letter");
  });

  it('names the £480,000 in the worst ending as well, in the auditors\' letter and the insurer\'s file (r8 law)', () => {
    const before = ['do_as_asked', 'rapid_total_denial', 'warn_public_after_leak', 'rns_blanket', 'ceo_live_tv', 'notify_with_market'];
    const after = ['customer_all_clear_email', 'disclose_batch_now', 'precautionary_recall', 'preserve_and_refer', 'ceo_resigns'];
    const paid = play(s, before, 'treasury_pay_today', after).report;
    expect(paid.ending?.id).toBe('market_abuse_probe');
    expect(paid.ending?.epilogue).toContain("£480,000 paid to a cloned voice is in the auditors' letter");
    const refused = play(s, before, 'treasury_call_back', after).report;
    expect(refused.ending?.id).toBe('market_abuse_probe');
    expect(refused.ending?.epilogue).not.toContain('£480,000');
  });

  /** The text the room reads when the treasury call is pushed after `before`. */
  const delivered = (before: readonly string[]): string => {
    const session = createSession(s, { seed: 1, team: 'Blue', now: () => 0 });
    before.forEach((id) => session.choose(id));
    const notice = session.inject('treasury_transfer_call').notices.find((n) => n.kind === 'inject' && n.inject === 'treasury_transfer_call');
    const inject = s.optionalInjects.find((o) => o.id === 'treasury_transfer_call');
    const picked = notice?.kind === 'inject' && notice.bodyCase !== undefined ? inject?.bodyCases?.[notice.bodyCase]?.text : inject?.body;
    return typeof picked === 'string' ? picked : '';
  };

  it('tells a room that locked down at 06:30 that the warning reached treasury, and only that room', () => {
    expect(delivered(BEST_BEFORE_PUSH)).toContain("After the warning to call back on known numbers I have not paid");
    const unwarned = delivered(['callback_known_channel', 'holding_line_verify', 'force_global_reset']);
    expect(unwarned).toContain('I have not paid');
    expect(unwarned).not.toContain('warning');
  });

  it('puts the bank\'s "no match" to the room before it decides, with the caller\'s explanation, warned or not (r9 comms S2)', () => {
    for (const before of [BEST_BEFORE_PUSH, ['callback_known_channel', 'holding_line_verify', 'force_global_reset']]) {
      expect(delivered(before)).toMatch(/name check on\s+the new account says "no match": she says the account is in the name of the supplier's\s+invoice-finance company/);
    }
    const pay = detour?.decision?.choices.find((c) => c.id === 'treasury_pay_today');
    expect(JSON.stringify(pay?.consequence)).not.toMatch(/answers "no match"|pays anyway/);
  });

  it('has a call back to the number that rang pay like the others, and the ending name the number that was not rung (r8 CISO S1)', () => {
    const ringBack = detour?.decision?.choices.find((c) => c.id === 'treasury_ring_back');
    expect(ringBack).toMatchObject({ rating: 'harmful', category: 'finance' });
    const { state, report } = play(s, BEST_BEFORE_PUSH, 'treasury_ring_back', BEST_AFTER_PUSH);
    expect(state.flags.transfer_paid).toBe(true);
    expect(report.ending?.id).toBe('steady_hands');
    expect(report.ending?.epilogue).toContain('nobody called Karen back on the number treasury holds');
    const line = report.improvementPlan.find((a) => a.issue.includes('ring Karen and the supplier back on the numbers given'));
    expect(line).toMatchObject({ capability: 'Finance controls', owner: 'Chief financial officer' });
  });

  it('tells a room that rang back on the numbers given that the "no match" it explained away was the bank\'s stop sign (r13 CISO N2)', () => {
    const { report } = play(s, BEST_BEFORE_PUSH, 'treasury_ring_back', BEST_AFTER_PUSH);
    const decision = report.decisions.find((d) => d.choice === 'treasury_ring_back');
    expect(decision?.feedback).toContain('a "no match" the requester explains away is the bank telling you to stop: the name the receiving bank holds');
  });

  it('scores verify_the_person down for a room that paid, and an unpushed room exactly as before (r11 CISO S1, r12 comms M1)', () => {
    const item = (report: ReturnType<typeof buildReport>) =>
      report.score.rubric.find((o) => o.id === 'verify_the_person')?.evidence.find((e) => e.label.startsWith('Sent, posted and paid nothing'));
    for (const answer of ['treasury_pay_today', 'treasury_video_confirm', 'treasury_ring_back']) {
      expect(item(play(s, BEST_BEFORE_PUSH, answer, BEST_AFTER_PUSH).report)?.satisfied, answer).toBe(false);
    }
    const calledBack = item(play(s, BEST_BEFORE_PUSH, 'treasury_call_back', BEST_AFTER_PUSH).report);
    expect(calledBack?.satisfied).toBe(true);
    // A pushed room that held the payment avoided the three paying answers it was offered, and its
    // debrief says so (r14 law N4: the detour's beat keeps no visit count).
    expect(calledBack?.detail).toContain('Pay it today as Karen asks');
    expect(calledBack?.detail).toContain('ring Karen and the supplier back on the numbers given');
    // Never pushed: the worst path sent the deck on the cloned voice's word and is not credited.
    const unpushed = (choices: readonly string[]) => {
      const session = createSession(s, { seed: 1, team: 'Blue', now: () => Date.UTC(2026, 4, 12, 6, 0, 0) });
      choices.forEach((id) => session.choose(id));
      return buildReport(s, session.save());
    };
    const worst = ['do_as_asked', 'wait_for_forensics', 'request_suspension', 'notify_opss_now', 'private_investor_calls', 'disclose_vague', 'firm_number', 'name_short_seller', 'ceo_resigns'];
    expect(item(unpushed(worst))?.satisfied).toBe(false);
    const best = item(unpushed([...BEST_BEFORE_PUSH, ...BEST_AFTER_PUSH]));
    expect(best?.satisfied).toBe(true);
    // Its debrief names only what the room was offered, never the treasury answers it never saw (r13).
    expect(best?.detail).not.toMatch(/Karen|treasury|£480,000/i);
    expect(best?.detail).toMatch(/\S/);
  });
});
