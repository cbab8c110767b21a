import { describe, expect, it } from 'vitest';
import { buildReport, readReport, toHtml, toJson, toMarkdown } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

function played(name: string) {
  const scenario = fixtureScenario(name);
  const { session } = playSession(scenario);
  session.choose('act');
  return buildReport(scenario, session.save());
}

describe('buildReport with the case timeline, critical tasks and author notes', () => {
  it('carries the case timeline, the critical tasks and the author notes in one language', () => {
    const report = played('case-material');
    expect(report.caseTimeline).toEqual({
      title: 'What the real retailer did (public reports)',
      entries: [
        {
          date: '2025-11-18',
          text: 'The retailer confirms 4,500 accounts were accessed.',
          source: 'Yonhap, 29 Nov 2025',
        },
        { date: '2025-11-29', text: 'The count is revised to 33.7 million.' },
      ],
    });
    expect(report.score.rubric[0]?.criticalTasks).toEqual([
      'Counsel names the moment of awareness',
      'The first statement says what is not yet known',
    ]);
    expect(report.authorNotes).toEqual({
      sources: [{ fact: '33.7 million accounts were exposed.', source: 'Yonhap, 29 Nov 2025' }],
      invented: ['The extortion e-mail.'],
      compressed: [],
    });
    // A question for a role says whom it is for.
    expect(report.questions[0]?.questions).toEqual([
      'Who owns the first statement?',
      'General counsel: When did we become aware?',
    ]);
  });

  it('leaves them out for a scenario without them', () => {
    const scenario = fixtureScenario('pushed-inject-addressee');
    const { session } = playSession(scenario);
    session.choose('act');
    const report = buildReport(scenario, session.save());
    expect([report.caseTimeline, report.authorNotes, report.score.rubric[0]?.criticalTasks]).toEqual(
      [undefined, undefined, undefined],
    );
    expect(toMarkdown(report)).not.toContain("Author's notes");
    expect(toHtml(report)).not.toContain('<section class="case-timeline">');
  });

  it('puts the case timeline in its own section after the team’s play, and the notes in an appendix (HTML)', () => {
    const html = toHtml(played('case-material'));
    const decisions = html.indexOf('<h2>Decisions</h2>');
    const real = html.indexOf('<h2>What the real retailer did (public reports)</h2>');
    const appendix = html.indexOf("<h2>Appendix: Author&#39;s notes</h2>");
    expect(decisions).toBeGreaterThan(0);
    expect(real).toBeGreaterThan(decisions);
    expect(appendix).toBeGreaterThan(html.indexOf('<h2>Observer notes</h2>'));
    expect(html).toContain('not what this team did');
    expect(html).toContain('<td>2025-11-18</td><td>The retailer confirms 4,500 accounts were accessed.</td><td>Yonhap, 29 Nov 2025</td>');
    expect(html).toContain('<li>Counsel names the moment of awareness</li>');
    expect(html).toContain('<h3>Time compressed for the exercise</h3><p>None listed.</p>');
  });

  it('writes the same parts to Markdown', () => {
    const md = toMarkdown(played('case-material'));
    expect(md).toContain(
      [
        '## What the real retailer did (public reports)',
        '',
        '*From public reports about the real case this scenario is modelled on: not what this team did.*',
        '',
        '| Date | What happened | Source |',
        '| --- | --- | --- |',
        '| 2025-11-18 | The retailer confirms 4,500 accounts were accessed. | Yonhap, 29 Nov 2025 |',
        '| 2025-11-29 | The count is revised to 33.7 million. |  |',
      ].join('\n'),
    );
    expect(md).toContain(
      [
        '  - Critical tasks (evaluation guide):',
        '    - Counsel names the moment of awareness',
        '    - The first statement says what is not yet known',
      ].join('\n'),
    );
    expect(md.slice(md.indexOf("## Appendix: Author's notes"))).toMatchInlineSnapshot(`
      "## Appendix: Author's notes

      ### Facts taken from public reports

      - 33.7 million accounts were exposed. (Yonhap, 29 Nov 2025)

      ### Invented for the exercise

      - The extortion e-mail.

      ### Time compressed for the exercise

      None listed.
      "
    `);
  });

  it('keeps them through a JSON export and re-import', () => {
    const report = played('case-material');
    const read = readReport(toJson(report));
    expect(read.ok && [read.report.caseTimeline, read.report.authorNotes]).toEqual([
      report.caseTimeline,
      report.authorNotes,
    ]);
  });
});
