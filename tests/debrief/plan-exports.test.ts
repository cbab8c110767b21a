import { describe, expect, it } from 'vitest';
import {
  buildReport,
  parseCsv,
  PLAN_COLUMNS,
  readReport,
  toHtml,
  toJson,
  toMarkdown,
  toPlanCsv,
} from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('claims-by-confidence');

function report() {
  const { session } = playSession(scenario, 'Green');
  session.choose('say_confirmed');
  session.choose('lawyer_up');
  return buildReport(scenario, session.save());
}

describe('the improvement plan in the exports', () => {
  const r = report();

  it("shows the scenario's owners with each due date and its interval in Markdown and HTML", () => {
    const md = toMarkdown(r);
    expect(md).toContain('| Press lead | 2026-03-16 (14 days) |');
    expect(md).toContain('| Data protection officer | 2026-03-09 (7 days) |');
    expect(md).toContain('| Press lead | 2026-03-23 (21 days) |');
    const html = toHtml(r);
    expect(html).toContain('<td>Press lead</td><td>2026-03-16 (14 days)</td>');
    expect(html).toContain('<td>Exercise director</td><td>2026-05-31 (90 days)</td>');
  });

  it('keeps the owner, the due date and the interval in the JSON export, read back unchanged', () => {
    const back = readReport(toJson(r));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.report.improvementPlan.map((p) => [p.owner, p.due, p.dueDays])).toEqual(
      r.improvementPlan.map((p) => [p.owner, p.due, p.dueDays]),
    );
    expect(back.report.improvementPlan[0]).toMatchObject({ owner: 'Press lead', dueDays: 14 });
  });

  it('gives one CSV row per corrective action with its owner, due date and interval', () => {
    const rows = parseCsv(toPlanCsv(r));
    expect(rows[0]).toEqual([...PLAN_COLUMNS]);
    expect(rows.slice(1).map((row) => row.slice(6))).toMatchInlineSnapshot(`
      [
        [
          "Press lead",
          "2026-03-16",
          "14",
        ],
        [
          "General Counsel",
          "2026-04-01",
          "30",
        ],
        [
          "Data protection officer",
          "2026-03-09",
          "7",
        ],
        [
          "Press lead",
          "2026-03-23",
          "21",
        ],
        [
          "Exercise director",
          "2026-05-31",
          "90",
        ],
        [
          "Exercise director",
          "2026-04-16",
          "45",
        ],
      ]
    `);
    expect(rows[1]?.slice(0, 3)).toEqual(['Green', 'claims_by_confidence', '1.0.0']);
  });
});
