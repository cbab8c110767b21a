/**
 * Tutorial 1.9.0 (round-7 law T-L1, T-L2, T-L5): the 24-hour intrusion decision has a clock whose
 * default is waiting for forensics, and the texts a room reads afterwards follow what it did.
 * 1.9.3 (r9 comms T-N4, r10 CISO S3): the board and the case note leave the intrusion question to
 * the room, and what members feel has a cause members can see.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/session';
import type { LogEntry } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/index';
import { text } from '../../src/scenario/text';

const source = readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const { scenario } = loadScenario(source, { file: 'tutorial.yaml' });
if (scenario === null) throw new Error('the tutorial does not load');
const tutorial = scenario;

/** Plays choice ids (`expire` lets the clock run out), continuing through beats without a decision. */
function play(steps: readonly string[]): readonly LogEntry[] {
  const session = createSession(tutorial, { seed: 1, now: () => 0 });
  const atDecision = (): boolean => session.rules.beat(session.state().beat).decision !== undefined;
  for (const step of steps) {
    while (!atDecision() && !session.finished()) expect(session.continue().accepted).toBe(true);
    const result = step === 'expire' ? session.expire() : session.choose(step);
    expect(result.accepted, `${step} at ${session.state().beat}: ${result.reason ?? ''}`).toBe(true);
  }
  expect(session.finished()).toBe(true);
  return session.log();
}

/** The English epilogue the engine picked for the ending reached. */
function epilogue(log: readonly LogEntry[]): string {
  const notice = log.flatMap((entry) => entry.notices).find((n) => n.kind === 'ending');
  if (notice?.kind !== 'ending') throw new Error('no ending reached');
  const ending = tutorial.endings.find((e) => e.id === notice.ending);
  const picked = notice.epilogueCase === undefined ? undefined : ending?.epilogueCases?.[notice.epilogueCase];
  return text(picked?.text ?? ending?.epilogue ?? '', 'en');
}

/** The English body of a trigger inject that reached the room. */
function injectBody(log: readonly LogEntry[], id: string): string | undefined {
  if (!log.some((entry) => entry.notices.some((n) => n.kind === 'inject' && n.inject === id))) return undefined;
  const inject = tutorial.triggers.map((t) => t.inject).find((i) => i?.id === id);
  return inject === undefined ? undefined : text(inject.body, 'en');
}

describe('the tutorial’s 24-hour intrusion decision', () => {
  it('has two minutes, and a room that cannot agree has waited for forensics', () => {
    const decision = tutorial.beats.find((b) => b.id === 'intrusion')?.decision;
    expect(decision).toMatchObject({ timeLimit: 120, defaultChoice: 'kisa_with_forensics' });
    const log = play(['notify_now', 'expire', 'file_and_update', 'ceo_apology']);
    const decided = log.flatMap((entry) => entry.notices).filter((n) => n.kind === 'decision');
    expect(decided.find((n) => n.kind === 'decision' && n.beat === 'intrusion')).toMatchObject({ choice: 'kisa_with_forensics', expired: true });
    expect(epilogue(log)).toMatch(/after its 24 hours/);
  });

  it('has counsel say the report goes today, prompted, once KISA calls a company that never filed (T-L1)', () => {
    const log = play(['notify_now', 'not_an_intrusion', 'file_and_update', 'ceo_apology']);
    expect(injectBody(log, 'kisa_call_email')).toMatch(/IT is filing the intrusion report today\. It will be late and prompted by KISA/);
    const ending = epilogue(log);
    expect(ending).toMatch(/only when KISA asked/);
    expect(ending).toMatch(/the company's own PIPC report of unlawful access from outside/);
    expect(ending).not.toMatch(/never reporting|PIPC's file showed/);
  });

  it('names the Ministry’s fine in the scooped ending when the 24 hours were missed, and not when they were met (T-L5)', () => {
    const scooped = (intrusion: string): string[] => ['wait_for_forensics', intrusion, 'confirm_and_correct', 'report_pipc', 'ceo_apology'];
    for (const missed of ['expire', 'kisa_with_forensics', 'not_an_intrusion']) {
      const ending = epilogue(play(scooped(missed)));
      expect(ending, missed).toMatch(/heard it from a reporter first/);
      expect(ending, missed).toMatch(/fined Hanbit Mart for the late intrusion report/);
    }
    const filed = epilogue(play(scooped('report_intrusion')));
    expect(filed).toMatch(/heard it from a reporter first/);
    expect(filed).not.toMatch(/fined/);
  });

  it('has KISA call only once the PIPC report exists, on Thursday even on the hotline route (r8 comms T2)', () => {
    const log = play(['notify_now', 'not_an_intrusion', 'hotline_first', 'ceo_apology']);
    const kinds = log.flatMap((entry) => entry.notices).map((n) => (n.kind === 'enter' ? `enter:${n.beat}` : n.kind === 'inject' ? `inject:${n.inject}` : n.kind));
    const call = kinds.indexOf('inject:kisa_call_email');
    expect(call).toBeGreaterThan(kinds.indexOf('enter:response'));
    expect(kinds.indexOf('enter:response')).toBeGreaterThan(-1);
  });

  it('has the hotline that read back "1,200" say so, and the PIPC ask the company about the rest (r8 comms T1)', () => {
    const log = play(['confirm_small', 'report_intrusion', 'hotline_first', 'ceo_apology']);
    expect(injectBody(log, 'uncorrected_notice_email')).toMatch(/46,800|other members/);
    expect(injectBody(log, 'hotline_wrong_count_post')).toMatch(/only 1,200 members/);
    const corrected = play(['confirm_small', 'report_intrusion', 'file_and_update', 'ceo_apology']);
    expect(injectBody(corrected, 'hotline_wrong_count_post')).toBeUndefined();
    expect(injectBody(corrected, 'uncorrected_notice_email')).toBeUndefined();
  });

  it('labels the 24-hour clock as owed only if the scraping is an intrusion, from 09:00 all the same (r9 comms T-N4)', () => {
    const clock = tutorial.deadlines.find((d) => d.id === 'kisa_report');
    expect(text(clock?.label ?? '', 'en')).toMatch(/if the scraping is an intrusion/);
    expect(text(clock?.label ?? '', 'ko')).toMatch(/^침해사고에 해당하면 /);
    expect(text(tutorial.meta.caseNote, 'en')).toMatch(/a separate duty, if the scraping counts as an intrusion\./);
    const started = play(['notify_now', 'not_an_intrusion', 'file_and_update', 'ceo_apology'])
      .flatMap((entry) => entry.notices)
      .find((n) => n.kind === 'deadline' && n.deadline === 'kisa_report' && n.status === 'running');
    expect(started).toMatchObject({ time: 0 });
  });

  it('moves members’ trust only by what members can see: the PIPC’s private letter costs patience, the calls cost trust (r10 CISO S3)', () => {
    for (const hotlineOrReport of ['report_pipc', 'hotline_first']) {
      const log = play(['confirm_small', 'report_intrusion', hotlineOrReport, 'ceo_apology']);
      const trustFromTriggers = log
        .flatMap((entry) => entry.notices)
        .flatMap((n) => (n.kind === 'meter' && n.meter === 'trust' && n.cause.startsWith('trigger:') ? [n.cause.slice('trigger:'.length)] : []));
      const kinds = trustFromTriggers.map((id) => tutorial.triggers.find((t) => t.id === id)?.inject?.kind);
      expect(kinds, hotlineOrReport).not.toContain('regulator');
      expect(trustFromTriggers, hotlineOrReport).toContain('calls_outside_notice');
      expect(injectBody(log, 'uncorrected_notice_email'), hotlineOrReport).toMatch(/46,800|other members/);
    }
    const calls = play(['confirm_small', 'report_intrusion', 'report_pipc', 'ceo_apology']);
    expect(injectBody(calls, 'calls_outside_notice_log')).toMatch(/calls from members whose phishing mails quote their\s+member numbers.*the count passed\s+300 this morning/s);
    // r11 CISO: the same members get the same mails on the routes the PIPC does not write to.
    for (const waiting of ['lawyer_first', 'sound_out_pipc']) {
      const log = play(['confirm_small', 'report_intrusion', waiting, 'ceo_apology']);
      expect(injectBody(log, 'calls_outside_notice_log'), waiting).toMatch(/passed\s+300 this morning/);
      expect(injectBody(log, 'uncorrected_notice_email'), waiting).toBeUndefined();
    }
    const corrected = play(['confirm_small', 'report_intrusion', 'file_and_update', 'ceo_apology']);
    expect(injectBody(corrected, 'calls_outside_notice_log')).toBeUndefined();
  });

  it('tells the facilitator at 09:00 who today’s law would have owed notice, and what the flaw is called (r10 CISO S1, optional O2)', () => {
    const notes = tutorial.beats.find((b) => b.id === 'alert')?.facilitator.notes ?? '';
    const en = text(notes, 'en');
    expect(en).toMatch(/every member whose record the endpoint could\s+return \(all 210,000/);
    // r14 law S3: the 2026 Decree's criterion and clock, and the articles that moved since June 2025.
    expect(en).toMatch(/within 72\s+hours of learning of the unlawful access \(Enforcement Decree Arts\. 39-2\(1\)1 and\s+39-3\(1\)\)/);
    expect(en).toMatch(/PIPC\s+report is PIPA Art\. 34\(4\)/);
    expect(en).not.toMatch(/who used the vulnerable endpoint|on Monday/);
    expect(en).toMatch(/Broken Object Level Authorization \(API1:2023\)/);
    expect(text(notes, 'ko')).toMatch(/회원 21만 명 모두가 대상이 될 수 있고, 불법적인 접근을 알게 된 때부터 72시간 이내에 통지해야 합니다/);
    expect(text(notes, 'ko')).toMatch(/API1:2023/);
  });

  it('never teaches that the PIPA report cannot be made by phone: the Decree allows it, the sounding-out call is simply not a report (r14 law M1)', () => {
    const feedback = (id: string, lang: string): string => {
      const choice = tutorial.beats.flatMap((b) => b.decision?.choices ?? []).find((c) => c.id === id);
      return text(choice?.feedback ?? '', lang);
    };
    expect(feedback('report_intrusion', 'en')).not.toMatch(/unlike the PIPC/);
    expect(feedback('report_intrusion', 'ko')).not.toMatch(/개인정보보호위원회 신고는 그렇지 않습니다/);
    expect(feedback('sound_out_pipc', 'en')).toMatch(/even by phone \(Arts\. 17\(5\) and 40\(1\)\)/);
    expect(feedback('sound_out_pipc', 'en')).not.toMatch(/asks for a written report/);
    expect(feedback('sound_out_pipc', 'ko')).toMatch(/서면, 전자우편, 팩스, 전화 등/);
  });

  it('never calls the hotline "lawful" beside the update it let slip: the report is on time, the update is not (r15 law M1)', () => {
    const hotline = tutorial.beats.flatMap((b) => b.decision?.choices ?? []).find((c) => c.id === 'hotline_first');
    const variants = [hotline?.feedback ?? '', ...(hotline?.feedbackCases ?? []).map((c) => c.text)];
    for (const variant of variants) {
      expect(text(variant, 'en')).not.toMatch(/^Lawful/);
      expect(text(variant, 'ko')).not.toMatch(/^적법합니다/);
      expect(text(variant, 'en')).toMatch(/^The report is on time/);
    }
    expect(text(hotline?.feedback ?? '', 'en')).toMatch(/The update is not: the Decree\s+wants/);
  });
});
