import { describe, expect, it } from 'vitest';
import { buildReport, toCsv, toHtml, toJson, toMarkdown } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('text-variants');

function reportAfter(choice: string) {
  const { session } = playSession(scenario);
  session.choose(choice);
  return buildReport(scenario, session.save());
}

describe('the debrief of texts that follow the play', () => {
  it('shows the feedback and epilogue variants the engine picked, in the report and every export', () => {
    const report = reportAfter('tell');
    expect(report.decisions[0]!.feedback).toBe('Telling them lifted trust to sixty.');
    expect(report.ending?.epilogue).toBe('The members heard it from the company.');
    for (const exported of [toMarkdown(report), toHtml(report), toJson(report), toCsv(report)]) {
      expect(exported).toContain('Telling them lifted trust to sixty.');
      expect(exported).not.toContain('did not lift trust enough');
    }
    for (const exported of [toMarkdown(report), toHtml(report), toJson(report)]) {
      expect(exported).toContain('The members heard it from the company.');
      expect(exported).not.toContain('from someone else');
    }
  });

  it('tells the outcome story the room read, as the engine picked it, in the report and every export', () => {
    const told = reportAfter('tell');
    expect(told.decisions[0]!.consequence).toBe('Members forward the notice to each other.');
    for (const exported of [toMarkdown(told), toHtml(told), toJson(told), toCsv(told)]) {
      expect(exported).toContain('Members forward the notice to each other.');
      expect(exported).not.toContain('Members read the notice and wait.');
    }
    expect(toMarkdown(told)).toContain('- What happened: Members forward the notice to each other.');
    expect(reportAfter('stay_quiet').decisions[0]!.consequence).toBe('The office stays quiet all afternoon.');
  });

  it('shows the fallbacks when no variant held, and plain feedback as written', () => {
    const report = reportAfter('stay_quiet');
    expect(report.decisions[0]!.feedback).toBe('Silence is a choice too.');
    expect(report.ending?.epilogue).toBe('The members heard it from someone else.');
    // An alternative not taken shows the variant its own outcome would have picked on this
    // route (round-9 comms T-N2), not the fallback: telling them would have lifted trust to 60.
    expect(report.decisions[0]!.alternatives[0]!.feedback).toBe('Telling them lifted trust to sixty.');
  });
});
