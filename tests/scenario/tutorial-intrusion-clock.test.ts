/**
 * Tutorial 1.9.0 (round-7 law T-L1, T-L2, T-L5): the 24-hour intrusion decision has a clock whose
 * default is waiting for forensics, and the texts a room reads afterwards follow what it did.
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
});
