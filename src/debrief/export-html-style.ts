/** The exported report's stylesheet: readable on screen, and a clean A4/Letter document in print. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #555e68; --line: #d5dbe1; --band: #f3f5f7; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans KR", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 920px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 16px; margin: 20px 0 6px; }
p { margin: 0 0 10px; }
:lang(ko) { word-break: keep-all; overflow-wrap: break-word; } /* Korean breaks between words, as on the page */
.subtitle { color: var(--muted); margin: 0 0 20px; }
.warning { border: 2px solid #b54708; background: #fff6ed; padding: 10px 14px; margin: 12px 0; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
.plan td:last-child { white-space: nowrap; }
.case-timeline { border-left: 4px solid #7a5a00; background: var(--band); padding: 2px 14px 6px; margin-top: 28px; }
.case-timeline td:first-child { white-space: nowrap; }
.case-timeline table { background: #fff; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scorecard { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 14px; }
.scorecard div { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 130px; }
.scorecard strong { display: block; font-size: 28px; line-height: 1.1; }
.scorecard .overall { border: 2px solid var(--accent); }
.rating { display: inline-block; min-width: 1.8em; text-align: center; font-weight: 700; border-radius: 3px; padding: 0 4px; border: 1px solid currentColor; }
.rating-P, .rating-recommended { color: #0a6b3d; } .rating-S, .rating-acceptable { color: #7a5a00; }
.rating-M { color: #a33c00; } .rating-U, .rating-harmful { color: #b00020; }
.evidence { margin: 2px 0 10px 0; padding-left: 20px; font-size: 14px; }
.decision { border-left: 4px solid var(--line); padding: 2px 0 2px 12px; margin: 14px 0; break-inside: avoid; }
.decision.harmful { border-left-color: #b00020; } .decision.recommended { border-left-color: #0a6b3d; } .decision.acceptable { border-left-color: #c9a100; }
.meta { color: var(--muted); font-size: 13px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; list-style: none; padding: 0; margin: 4px 0 8px; font-size: 13px; }
.legend svg { vertical-align: middle; margin-right: 4px; }
.diverged td { background: #fff6ed; font-weight: 600; }
figure { margin: 0; } figcaption { font-size: 13px; color: var(--muted); }
.chart { max-width: 100%; height: auto; }
footer { margin-top: 40px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; margin-top: 22px; }
  h3 { break-after: avoid; }
  table, figure, .scorecard, .decision, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .no-print { display: none !important; }
}
`;
