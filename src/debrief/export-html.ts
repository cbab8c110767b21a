/**
 * The report as one self-contained HTML page: inline CSS with a print stylesheet and the meter
 * chart as inline SVG, no script, nothing fetched. Every piece of scenario or team text is
 * escaped, so a scenario can never put markup in it.
 */
import { NO_CLAIMS } from './claim-words';
import { evidenceTally, PARTIAL_MARK, PARTIAL_SCORE_NOTE } from './partial-words';
import { buildChart, chartSvg } from './chart';
import { REPORT_CSS } from './export-html-style';
import type { AuthorNotesReport, CaseTimelineReport, DebriefReport, Observation } from './types';
import { AUTHOR_NOTES_WORDS, CASE_TIMELINE_NOTE, CRITICAL_TASKS } from './case-material';
import {
  categoryTable,
  claimTable,
  deadlineTable,
  meterTable,
  planTable,
  type ReportTable,
} from './report-tables';
import { overviewRows, RATING_WORDS, signed, teamCell } from './words';
import { limitLines } from './limits';

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function table(
  head: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  numeric: readonly number[] = [],
): string {
  const th = head
    .map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function drawTable(t: ReportTable): string {
  return table(t.head, t.rows, t.numeric);
}

/** The meter chart of a report, with its legend and a data table as the text alternative. */
export function meterChartHtml(r: DebriefReport): string {
  const model = buildChart(
    r.meters.map((m) => ({ id: m.id, label: m.label, points: m.points, min: m.min, max: m.max })),
    r.decisions.map((d) => ({
      time: d.time,
      label: String(d.index),
      title: `${d.index}. ${d.beatTitle}: ${d.label}`,
    })),
  );
  const desc =
    r.meters.map((m) => `${m.label} from ${m.start} to ${m.final}`).join('; ') +
    '. Numbered lines mark the decisions.';
  const legend = model.lines
    .map(
      (l) =>
        `<li><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="${l.color}" stroke-width="3"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/></svg>${esc(l.label)}</li>`,
    )
    .join('');
  return `<figure>${chartSvg(model, 'Meters over in-game time', desc)}<ul class="legend">${legend}</ul><figcaption>In-game hours across; ${esc(model.yTitle)} up. Numbers under the chart are the decisions below.</figcaption></figure>`;
}

function observations(list: readonly Observation[]): string {
  if (list.length === 0) return '<p>None drafted.</p>';
  return `<ul>${list.map((o) => `<li><strong>${esc(o.title)}</strong>${o.capability ? ` <span class="meta">(${esc(o.capability)})</span>` : ''}. ${esc(o.analysis)}</li>`).join('')}</ul>`;
}

export function toHtml(r: DebriefReport): string {
  const o = r.overview;
  const s = r.score;
  const parts: string[] = [];
  parts.push(`<h1>After-action report: ${esc(o.title)}</h1>`);
  parts.push(
    `<p class="subtitle">${esc(o.team ? `Team ${o.team}` : 'Team not named')} · ${esc(o.startedAt)} · version ${esc(o.version)}</p>`,
  );
  for (const w of r.warnings)
    parts.push(`<p class="warning" role="note"><strong>Warning:</strong> ${esc(w)}</p>`);
  parts.push('<h2>Exercise overview</h2>');
  parts.push(table(['Item', 'Detail'], overviewRows(o)));
  if (o.objectives.length > 0)
    parts.push(
      `<h3>Objectives</h3><ul>${o.objectives.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`,
    );
  if (o.caseNote) parts.push(`<p><strong>Case note.</strong> ${esc(o.caseNote)}</p>`);
  parts.push('<h2>Executive summary</h2>', ...r.executiveSummary.map((p) => `<p>${esc(p)}</p>`));
  parts.push('<h2>Ending</h2>');
  parts.push(
    r.ending
      ? `<p><strong>${esc(r.ending.title)}</strong> <span class="meta">(${esc(r.ending.tone)} outcome)</span></p><p>${esc(r.ending.epilogue)}</p>`
      : '<p>No ending was reached.</p>',
  );
  parts.push('<h2>Score</h2><div class="scorecard">');
  parts.push(`<div class="overall">Overall<strong>${s.overall}</strong>${s.partial === true ? `of 100 (${PARTIAL_MARK})` : 'of 100'}</div>`);
  parts.push(
    `<div>Decisions (50%)<strong>${Math.round(s.decisions)}</strong></div><div>Objectives (30%)<strong>${Math.round(s.objectives)}</strong></div><div>Ending (20%)<strong>${s.partial === true ? 'not counted' : s.ending}</strong></div></div>`,
  );
  if (s.partial === true) parts.push(`<p class="partial"><strong>${esc(PARTIAL_SCORE_NOTE)}</strong></p>`);
  parts.push('<h3>By category</h3>', drawTable(categoryTable(r)));
  parts.push('<h3>Objectives</h3>');
  for (const x of s.rubric) {
    parts.push(
      x.unjudged === true
        ? `<p><span class="rating">–</span> <strong>${esc(x.label)}</strong> <span class="meta">${esc(x.capability)} · ${esc(evidenceTally(x))}</span></p>`
        : `<p><span class="rating rating-${x.rating}" title="${esc(RATING_WORDS[x.rating])}">${x.rating}</span> <strong>${esc(x.label)}</strong> <span class="meta">${esc(x.capability)} · ${esc(RATING_WORDS[x.rating])} · ${esc(evidenceTally(x))}</span></p>`,
    );
    parts.push(
      `<ul class="evidence">${x.evidence.map((e) => `<li>${e.unjudged === true ? '– ' : e.satisfied ? '✔ ' : '✘ '}${esc(e.label)}: ${esc(e.detail)}</li>`).join('')}</ul>`,
    );
    if (x.criticalTasks !== undefined && x.criticalTasks.length > 0)
      parts.push(
        `<p class="meta">${esc(CRITICAL_TASKS)}</p><ul class="evidence">${x.criticalTasks.map((task) => `<li>${esc(task)}</li>`).join('')}</ul>`,
      );
  }
  parts.push('<h2>Meters over the exercise</h2>', meterChartHtml(r));
  parts.push(drawTable(meterTable(r)));
  const limits = limitLines(r);
  if (limits.length > 0) parts.push(`<ul class="limits">${limits.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`);
  parts.push('<h2>Decisions</h2>');
  for (const d of r.decisions) {
    parts.push(
      `<section class="decision ${esc(d.rating ?? '')}"><h3>${d.index}. ${esc(d.beatTitle)}</h3>`,
    );
    if (d.prompt) parts.push(`<p class="meta">${esc(d.prompt)}</p>`);
    parts.push(
      `<p>Chose <strong>${esc(d.label)}</strong> <span class="rating rating-${esc(d.rating ?? '')}">${esc(d.rating ?? 'unrated')}</span> <span class="meta">${esc(d.categoryLabel)} · ${esc(d.timeLabel)}${d.seconds === null ? '' : ` · decided in ${d.seconds} s${d.limit === null ? '' : ` of ${d.limit} s`}`}${d.expired ? ' · time ran out' : ''}</span></p>`,
    );
    if (d.meterChanges.length > 0)
      parts.push(
        `<p class="meta">Meters: ${esc(d.meterChanges.map((c) => `${c.label} ${c.from} → ${c.to} (${signed(c.to - c.from)}, ${c.causeLabel})`).join('; '))}</p>`,
      );
    if (d.consequence) parts.push(`<p><em>What happened:</em> ${esc(d.consequence)}</p>`);
    if (d.feedback) parts.push(`<p>${esc(d.feedback)}</p>`);
    if (d.references.length > 0)
      parts.push(`<p class="meta">References: ${esc(d.references.join('; '))}</p>`);
    if (d.alternatives.length > 0)
      parts.push(
        `<ul class="evidence">${d.alternatives.map((a) => `<li>Alternative: <strong>${esc(a.label)}</strong> (${esc(a.rating)}): ${esc(a.feedback)}</li>`).join('')}</ul>`,
      );
    parts.push('</section>');
  }
  parts.push('<h2>Claims and facts</h2>');
  parts.push(
    r.claims.length === 0
      ? `<p>${esc(NO_CLAIMS)}</p>`
      : drawTable(claimTable(r)),
  );
  parts.push('<h2>Deadlines</h2>');
  parts.push(
    r.deadlines.length === 0
      ? '<p>The scenario has no deadlines.</p>'
      : drawTable(deadlineTable(r)),
  );
  if (r.caseTimeline) parts.push(caseTimelineHtml(r.caseTimeline));
  if (r.bestPath) {
    const bp = r.bestPath;
    const what =
      bp.kind === 'best'
        ? 'the highest-scoring path'
        : 'the recommended path (the recommended choice at every decision)';
    parts.push(`<h2>${bp.kind === 'best' ? 'Best path' : 'Recommended path'}</h2>`);
    parts.push(
      `<p>${bp.score === null ? '' : `It scores ${bp.score}. `}${bp.divergedAt === null ? `The team followed ${what}.` : `The team left ${what} at step ${bp.divergedAt + 1}.`}</p>`,
    );
    const rows = bp.steps.map(
      (b, i) =>
        `<tr${i === bp.divergedAt ? ' class="diverged"' : ''}><td class="num">${i + 1}</td><td>${esc(b.beatTitle)}</td><td>${esc(b.label)}</td><td>${esc(teamCell(b))}</td></tr>`,
    );
    parts.push(
      `<table><thead><tr><th class="num">#</th><th>Beat</th><th>${bp.kind === 'best' ? 'Best choice' : 'Recommended choice'}</th><th>Team chose</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  parts.push(
    '<h2>Strengths</h2>',
    observations(r.strengths),
    '<h2>Areas for improvement</h2>',
    observations(r.improvements),
  );
  parts.push('<h2>Improvement plan</h2>');
  parts.push(
    r.improvementPlan.length === 0
      ? '<p>No corrective actions drafted.</p>'
      : `<div class="plan">${drawTable(planTable(r))}</div>`,
  );
  parts.push('<h2>Discussion questions</h2>');
  parts.push(
    r.questions.length === 0
      ? '<p>None for the beats played.</p>'
      : r.questions
          .map(
            (q) =>
              `<h3>${esc(q.title)}</h3><ul>${q.questions.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`,
          )
          .join(''),
  );
  parts.push('<h2>Observer notes</h2>');
  parts.push(
    r.notes.length === 0
      ? '<p>No notes were taken.</p>'
      : `<ul>${r.notes.map((n) => `<li><span class="meta">${esc(n.timeLabel)}, ${esc(n.beatTitle)}:</span> ${esc(n.text)}</li>`).join('')}</ul>`,
  );
  if (r.events.length > 0)
    parts.push(
      '<h2>Facilitator events</h2>',
      `<ul>${r.events.map((e) => `<li><span class="meta">${esc(e.timeLabel)}:</span> ${esc(e.detail)}</li>`).join('')}</ul>`,
    );
  if (r.authorNotes) parts.push(authorNotesHtml(r.authorNotes));
  parts.push(
    `<footer>Crisis Room after-action report (format ${r.version}). Scenario ${esc(o.scenarioId)} version ${esc(o.version)}, hash ${esc(o.hash)}; seed ${o.seed}.</footer>`,
  );
  return `<!doctype html>
<html lang="${esc(r.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`After-action report: ${o.title}${o.team ? `, ${o.team}` : ''}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}

/** What the real organisation did: its own section, titled by the scenario, apart from the team's play. */
function caseTimelineHtml(c: CaseTimelineReport): string {
  const rows = c.entries.map(
    (e) =>
      `<tr><td>${esc(e.date)}</td><td>${esc(e.text)}</td><td>${esc(e.source ?? '')}</td></tr>`,
  );
  return `<section class="case-timeline"><h2>${esc(c.title)}</h2><p class="meta">${esc(CASE_TIMELINE_NOTE)}</p><table><thead><tr><th>Date</th><th>What happened</th><th>Source</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The author's notes, as the report's appendix. */
function authorNotesHtml(n: AuthorNotesReport): string {
  const list = (items: readonly string[]): string =>
    items.length === 0 ? '<p>None listed.</p>' : `<ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul>`;
  return [
    `<h2>${esc(AUTHOR_NOTES_WORDS.title)}</h2>`,
    `<h3>${esc(AUTHOR_NOTES_WORDS.sources)}</h3>`,
    list(n.sources.map((s) => `${esc(s.fact)} <span class="meta">(${esc(s.source)})</span>`)),
    `<h3>${esc(AUTHOR_NOTES_WORDS.invented)}</h3>`,
    list(n.invented.map(esc)),
    `<h3>${esc(AUTHOR_NOTES_WORDS.compressed)}</h3>`,
    list(n.compressed.map(esc)),
  ].join('');
}
