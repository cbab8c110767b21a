import { describe, expect, it } from 'vitest';
import { buildReport, toMarkdown } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('deadlines');

function run(first: string) {
  const { session, tick } = playSession(scenario);
  tick(60);
  session.choose(first);
  tick(60);
  session.choose('apologise');
  return buildReport(scenario, session.save());
}

describe('buildReport: deadlines and caps', () => {
  it('reports a missed business-day deadline at its due hour, not where the miss was noticed', () => {
    const report = run('notify_bare');
    const filing = report.deadlines.find((d) => d.id === 'form_8k')!;
    // Hour 0 is Friday 6 June 09:00; four business days end on Thursday 12 June at 24:00.
    expect(filing).toMatchObject({ status: 'missed', startedAt: 0, dueAt: 159, resolvedAt: 159, businessDays: 4, window: '4 business days' });
    expect(filing.resolvedLabel).toBe(filing.dueLabel);
    expect(report.improvements.map((o) => o.analysis)).toContain(`The clock (4 business days) started ${filing.startedLabel} and ran out ${filing.dueLabel}.`);
  });

  it('reports a deadline met deficiently, and plans for it', () => {
    const report = run('notify_bare');
    expect(report.deadlines.find((d) => d.id === 'notice')).toMatchObject({ status: 'deficient', resolvedAt: 0, window: '24 h' });
    expect(report.improvements.map((o) => o.title)).toContain('Met the deadline deficiently: Notify the customers');
    expect(report.improvementPlan.map((p) => p.issue)).toContain('Notify the customers met deficiently');
    expect(report.executiveSummary.join(' ')).toContain('Met deficiently: Notify the customers.');
  });

  it('says when a cap began, what caused it, and that later gains stopped at it', () => {
    const report = run('notify_bare');
    const trust = report.meters.find((m) => m.id === 'trust')!;
    expect(trust.final).toBe(40);
    expect(trust.limits).toEqual([
      { bound: 'cap', value: 40, time: 159, timeLabel: filingDue(report), cause: 'deadline:form_8k', causeLabel: 'deadline "File the 8-K" being missed' },
    ]);
    expect(toMarkdown(report)).toContain(`- Trust capped at 40 from ${filingDue(report)}, after deadline "File the 8-K" being missed; no later gain could lift it higher.`);
  });

  it('mentions no cap when none was set', () => {
    const report = run('notify_full');
    expect(report.meters.find((m) => m.id === 'trust')!.limits).toEqual([]);
    expect(toMarkdown(report)).not.toContain('capped at');
  });

  it('counts starts_after in a clock\'s hours and window, as the engine does', () => {
    const later = { ...scenario, deadlines: scenario.deadlines.map((d) => (d.id === 'notice' ? { ...d, startsAfter: 24 } : d)) };
    const { session } = playSession(later);
    session.choose('notify_bare');
    const notice = buildReport(later, session.save()).deadlines.find((d) => d.id === 'notice');
    expect(notice).toMatchObject({ startedAt: 0, dueAt: 48, hours: 48, window: '24 h, from 24 h after it starts' });
  });
});

function filingDue(report: ReturnType<typeof buildReport>): string {
  return report.deadlines.find((d) => d.id === 'form_8k')!.dueLabel;
}
