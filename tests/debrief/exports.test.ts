import { describe, expect, it } from 'vitest';
import {
  buildReport,
  DECISION_COLUMNS,
  parseCsv,
  readReport,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
} from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

function report() {
  const { session, tick } = playSession(scenario, 'Team "A", Seoul');
  tick(45);
  session.note('Said "=SUM(A1)", then\nchanged their mind, <b>loudly</b>');
  session.choose('disclose_early');
  tick(200);
  session.choose('file_report');
  return buildReport(scenario, session.save(), { bestPath: ['disclose_early', 'file_report'] });
}

/** Checks that every non-void tag closes in order: enough to catch broken markup in an export. */
function unbalancedTags(html: string): string[] {
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);
  const stack: string[] = [];
  const problems: string[] = [];
  for (const m of html
    .replace(/<!doctype[^>]*>/i, '')
    .matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, raw, selfClosing] = m;
    const name = (raw ?? '').toLowerCase();
    if (selfClosing || (VOID.has(name) && !closing)) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> at ${m.index}`);
  }
  return [...problems, ...stack.map((s) => `<${s}> not closed`)];
}

describe('toJson', () => {
  it('round-trips through readReport with the log, the save and the score', () => {
    const r = report();
    const back = readReport(toJson(r));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.report).toEqual(JSON.parse(JSON.stringify(r)));
    expect(back.report.save.log.length).toBe(r.save.log.length);
    expect(back.report.score.overall).toBe(r.score.overall);
  });

  it('refuses files that are not a debrief export, with a reason', () => {
    const json = toJson(report());
    const messages = [
      readReport(json.slice(0, json.length / 2)),
      readReport('[1,2]'),
      readReport(JSON.stringify(report().save)),
      readReport(json.replace('"version": 1', '"version": 9')),
      readReport(JSON.stringify({ ...JSON.parse(json), score: { overall: 'high' } })),
    ].map((r) => (r.ok ? 'accepted' : r.message));
    expect(messages).toMatchInlineSnapshot(`
      [
        "not JSON: the file could not be parsed (is it cut short?)",
        "not a debrief export: expected a JSON object",
        "this is a session save, not a debrief export: open it with its scenario to build the debrief",
        "unsupported debrief export version 9 (this build reads version 1)",
        "damaged debrief export: no overall score",
      ]
    `);
  });
});

describe('toCsv', () => {
  it('writes one row per decision with the same number of columns, quoting per RFC 4180', () => {
    const r = report();
    const csv = toCsv(r);
    expect(csv.startsWith('\uFEFFteam,scenario,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + r.decisions.length);
    for (const row of rows) expect(row).toHaveLength(DECISION_COLUMNS.length);
    expect(rows[0]).toEqual([...DECISION_COLUMNS]);
    expect(rows[1]?.[0]).toBe('Team "A", Seoul');
    expect(rows.map((row) => [row[3], row[8], row[11], row[12], row[15], row[17]]))
      .toMatchInlineSnapshot(`
      [
        [
          "index",
          "choice",
          "rating",
          "points",
          "seconds",
          "meter_changes",
        ],
        [
          "1",
          "disclose_early",
          "recommended",
          "100",
          "45",
          "trust +10 (the choice); trust -20 (its contradicted claim)",
        ],
        [
          "2",
          "file_report",
          "recommended",
          "100",
          "200",
          "liability -10 (the choice)",
        ],
      ]
    `);
  });

  it('keeps spreadsheet formulas inert', async () => {
    const { csvField } = await import('../../src/debrief/index');
    expect([
      csvField('=SUM(A1)'),
      csvField('-10 trust'),
      csvField('plain'),
      csvField(-10),
      csvField('a "b", c'),
    ]).toEqual(["'=SUM(A1)", "'-10 trust", 'plain', '-10', '"a ""b"", c"']);
  });
});

describe('toMarkdown', () => {
  it('writes claims as the HTML report does: figures grouped by thousands, Yes or No', () => {
    const r = report();
    expect(r.claims.length).toBeGreaterThan(0);
    const claim = r.claims[0]!;
    const said = claim.claimed.toLocaleString('en-US');
    expect(said).toContain(',');
    const row = toMarkdown(r).split('\n').find((line) => line.startsWith('|') && line.includes(said));
    expect(row).toBeDefined();
    expect(row).toMatch(claim.contradicted ? /\| Yes, / : /\| No \|/);
    expect(toHtml(r)).toContain(`>${said}<`);
  });

  it('has the after-action report headings in order', () => {
    const md = toMarkdown(report());
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toMatchInlineSnapshot(`
      [
        "# After-action report: Mini breach",
        "## Exercise overview",
        "## Executive summary",
        "## Ending",
        "## Score",
        "### By category",
        "### Objectives",
        "## Meters",
        "## Decisions",
        "### 1. Complaints \\<at\\> the desk",
        "### 2. The forensic report",
        "## Claims and facts",
        "## Deadlines",
        "## Best path",
        "## Strengths",
        "## Areas for improvement",
        "## Improvement plan",
        "## Discussion questions",
        "### Complaints \\<at\\> the desk",
        "### The forensic report",
        "## Observer notes",
      ]
    `);
  });

  it('escapes only what Markdown would read as markup', async () => {
    const { mdText } = await import('../../src/debrief/index');
    expect(
      [
        'breach_33m',
        '_hi_ there',
        '# heading',
        '- item',
        '1. one',
        'a|b <c> *d* [e](f) `g`',
        'line\nbreak',
      ].map(mdText),
    ).toEqual([
      'breach_33m',
      '\\_hi\\_ there',
      '\\# heading',
      '\\- item',
      '1\\. one',
      'a\\|b \\<c\\> \\*d\\* \\[e\\](f) \\`g\\`',
      'line break',
    ]);
  });

  it('escapes scenario and note text so it cannot become markup', () => {
    const md = toMarkdown(report());
    expect(md).toContain('Complaints \\<at\\> the desk');
    expect(md).toContain('\\<b\\>loudly\\</b\\>');
    expect(md).not.toMatch(/<b>/);
  });
});

describe('toHtml', () => {
  it('is a well-formed self-contained page with a print stylesheet and an inline SVG chart', () => {
    const html = toHtml(report());
    expect(unbalancedTags(html)).toEqual([]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toMatchInlineSnapshot(`
      [
        "Exercise overview",
        "Executive summary",
        "Ending",
        "Score",
        "Meters over the exercise",
        "Decisions",
        "Claims and facts",
        "Deadlines",
        "Best path",
        "Strengths",
        "Areas for improvement",
        "Improvement plan",
        "Discussion questions",
        "Observer notes",
      ]
    `);
  });

  it('escapes every piece of scenario and team text', () => {
    const html = toHtml(report());
    expect(html).toContain('Complaints &lt;at&gt; the desk');
    expect(html).toContain('&lt;b&gt;loudly&lt;/b&gt;');
    expect(html).toContain('Team &quot;A&quot;, Seoul');
    expect(html).not.toContain('<b>loudly');
  });
});
