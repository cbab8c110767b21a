/**
 * A deadline this route never started (r10 CISO N2): every view and export of the debrief says
 * "not started on this route", in the report's language, not "idle" beside empty cells, which read
 * as a duty the team let slide.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, buildSlides, toHtml, toMarkdown } from '../../src/debrief/index';
import { deadlineTable } from '../../src/debrief/report-tables';
import { loadTranslator } from '../../src/i18n/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('deadline-not-started');
const ko = await loadTranslator('ko');

function reportAfter(choice: string) {
  const { session } = playSession(scenario);
  expect(session.choose(choice).accepted).toBe(true);
  return buildReport(scenario, session.save());
}

describe('a deadline the route never started', () => {
  const report = reportAfter('plain_notice');

  it('stays in the report as idle data', () => {
    expect(report.deadlines.map((d) => [d.id, d.status])).toEqual([['notice', 'met'], ['update', 'idle']]);
  });

  it('reads "Not started on this route" in the Markdown and HTML tables', () => {
    expect(toMarkdown(report)).toContain('| Give members the update the notice promised |  | Not started on this route |  |  |  |');
    expect(toMarkdown(report)).not.toMatch(/\| idle \|/);
    expect(toHtml(report)).toContain('<td>Not started on this route</td>');
    expect(deadlineTable(report).rows.map((row) => row[2])).toEqual(['met', 'Not started on this route']);
  });

  it('reads the same on the presenter’s slide', () => {
    const slide = buildSlides(report).slides.find((s) => s.kind === 'deadlines');
    expect(slide?.rows.map((row) => row.status)).toEqual(['Met', 'Not started on this route']);
  });

  it('says it in Korean in a Korean report', () => {
    expect(deadlineTable(report, ko).rows.map((row) => row[2])).toEqual(['준수', '이 경로에서는 시작되지 않음']);
    expect(toMarkdown(report, ko)).toContain('| 이 경로에서는 시작되지 않음 |');
  });

  it('keeps the statuses of a clock the route started', () => {
    const promised = reportAfter('promise_update');
    expect(deadlineTable(promised).rows.map((row) => row[2])).toEqual(['met', 'running']);
  });
});
