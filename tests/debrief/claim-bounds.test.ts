import { describe, expect, it } from 'vitest';
import { buildReport, toMarkdown } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('claim-bounds');

/** The team says "at least 4,500" in public and files 4,500 with the regulator. */
function run(choices: readonly string[]) {
  const { session, tick } = playSession(scenario);
  for (const choice of choices) {
    tick(30);
    session.choose(choice);
  }
  return buildReport(scenario, session.save());
}

describe('buildReport: bound claims and regulator filings', () => {
  it('does not count a bound claim as contradicted while the figure stays inside it', () => {
    const report = run(['say_bound']);
    const [bound, filing] = report.claims;
    expect(bound).toMatchObject({ said: 'at least 4,500', audience: 'public', statement: 'at least 4,500 accounts; the review continues', contradicted: null });
    expect(filing).toMatchObject({ said: '4,500', audience: 'regulator', contradicted: { value: 8000, cause: 'beat:scoping', causeLabel: 'on entering "The forensic report"' } });
    expect(report.executiveSummary).toContain('The team made 2 claims (1 filed with the regulator) about figures; 1 was contradicted by later facts. It told the regulator 4,500 accounts (affected accounts); the figure became 8,000.');
    expect(report.improvements.map((i) => i.title)).toEqual(expect.arrayContaining(['Filing to the regulator contradicted: Affected accounts']));
  });

  it('books the penalty to the revision in the timeline', () => {
    const [first] = run(['say_bound']).decisions;
    expect(first?.meterChanges).toEqual([{ meter: 'regulator', label: 'Regulator trust', from: 50, to: 30, cause: 'beat:scoping', causeLabel: 'on entering "The forensic report"' }]);
  });

  it('names the choice that contradicted a bound, and says the bound in the tables', () => {
    const report = run(['say_bound', 'deduplicate']);
    expect(report.claims[0]?.contradicted).toMatchObject({ value: 3000, cause: 'choice:deduplicate', causeLabel: 'the choice "Deduplicate the count"' });
    const markdown = toMarkdown(report);
    expect(markdown).toMatch(/\| Affected accounts: at least 4,500 accounts; the review continues \|.*\| at least 4,500 \|.*\| Yes, .*, the choice "Deduplicate the count" \|/);
    expect(markdown).toMatch(/\| Affected accounts: 4,500 accounts affected \(to the regulator\) \|/);
  });
});
