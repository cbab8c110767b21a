/**
 * The report as one self-contained HTML page: inline CSS with a print stylesheet and the meter
 * chart as inline SVG, no script, nothing fetched. Every piece of scenario or team text is
 * escaped, so a scenario can never put markup in it.
 */
import { noClaims } from './claim-words';
import { evidenceTally, partialScoreNote } from './partial-words';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { buildChart, chartSvg } from './chart';
import { REPORT_CSS } from './export-html-style';
import type { AuthorNotesReport, CaseTimelineReport, DebriefReport, Observation } from './types';
import { caseMaterialWords } from './case-material';
import {
  categoryTable,
  claimTable,
  deadlineTable,
  meterTable,
  planTable,
  type ReportTable,
} from './report-tables';
import { choiceRatingWords, overviewRows, ratingWords, signed, teamCell } from './words';
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
export function meterChartHtml(r: DebriefReport, tr: Translator = debriefEnglish): string {
  const model = buildChart(
    r.meters.map((m) => ({ id: m.id, label: m.label, points: m.points, min: m.min, max: m.max })),
    r.decisions.map((d) => ({
      time: d.time,
      label: String(d.index),
      title: `${d.index}. ${d.beatTitle}: ${d.label}`,
    })),
  );
  const desc = tr.t('debrief.html.chartDesc', {
    lines: r.meters.map((m) => tr.t('debrief.html.meterFromTo', { meter: m.label, start: m.start, end: m.final })).join('; '),
  });
  const legend = model.lines
    .map(
      (l) =>
        `<li><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="${l.color}" stroke-width="3"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/></svg>${esc(l.label)}</li>`,
    )
    .join('');
  return `<figure>${chartSvg(model, tr.t('debrief.html.chartTitle'), desc)}<ul class="legend">${legend}</ul><figcaption>${esc(tr.t('debrief.html.chartCaption', { y: tr.t(model.yScale === 'value' ? 'debrief.html.yValue' : 'debrief.html.yRange') }))}</figcaption></figure>`;
}

function observations(list: readonly Observation[], tr: Translator): string {
  if (list.length === 0) return `<p>${esc(tr.t('debrief.export.noneDrafted'))}</p>`;
  return `<ul>${list.map((o) => `<li><strong>${esc(o.title)}</strong>${o.capability ? ` <span class="meta">(${esc(o.capability)})</span>` : ''}. ${esc(o.analysis)}</li>`).join('')}</ul>`;
}

/** The report as one HTML page in `tr`'s language (the report's own: see DebriefReport.interfaceLang). */
export function toHtml(r: DebriefReport, tr: Translator = debriefEnglish): string {
  const w = (key: Parameters<Translator['t']>[0], values?: Parameters<Translator['t']>[1]): string => esc(tr.t(key, values));
  const words = caseMaterialWords(tr);
  const o = r.overview;
  const s = r.score;
  const parts: string[] = [];
  parts.push(`<h1>${w('debrief.export.title', { title: o.title })}</h1>`);
  parts.push(
    `<p class="subtitle">${o.team ? w('debrief.html.team', { team: o.team }) : w('debrief.html.teamNotNamed')} · ${esc(o.startedAt)} · ${w('debrief.html.version', { version: o.version })}</p>`,
  );
  for (const warning of r.warnings)
    parts.push(`<p class="warning" role="note"><strong>${w('debrief.export.warning')}</strong> ${esc(warning)}</p>`);
  parts.push(`<h2>${w('debrief.export.overview')}</h2>`);
  parts.push(table([tr.t('debrief.export.item'), tr.t('debrief.export.detail')], overviewRows(o, tr)));
  if (o.objectives.length > 0)
    parts.push(
      `<h3>${w('debrief.export.objectives')}</h3><ul>${o.objectives.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`,
    );
  if (o.caseNote) parts.push(`<p><strong>${w('debrief.export.caseNote')}</strong> ${esc(o.caseNote)}</p>`);
  parts.push(`<h2>${w('debrief.export.summary')}</h2>`, ...r.executiveSummary.map((p) => `<p>${esc(p)}</p>`));
  parts.push(`<h2>${w('debrief.export.ending')}</h2>`);
  parts.push(
    r.ending
      ? `<p><strong>${esc(r.ending.title)}</strong> <span class="meta">(${w('debrief.html.tone', { tone: tr.t(`debrief.toneShort.${r.ending.tone}`) })})</span></p><p>${esc(r.ending.epilogue)}</p>`
      : `<p>${w('debrief.export.noEnding')}</p>`,
  );
  parts.push(`<h2>${w('debrief.export.score')}</h2><div class="scorecard">`);
  parts.push(`<div class="overall">${w('debrief.html.overall')}<strong>${s.overall}</strong>${w(s.partial === true ? 'debrief.html.of100Partial' : 'debrief.html.of100')}</div>`);
  parts.push(
    `<div>${w('debrief.html.decisionsPart')}<strong>${Math.round(s.decisions)}</strong></div><div>${w('debrief.html.objectivesPart')}<strong>${Math.round(s.objectives)}</strong></div><div>${w('debrief.html.endingPart')}<strong>${s.partial === true ? w('debrief.export.notCounted') : s.ending}</strong></div></div>`,
  );
  if (s.partial === true) parts.push(`<p class="partial"><strong>${esc(partialScoreNote(tr))}</strong></p>`);
  parts.push(`<h3>${w('debrief.export.byCategory')}</h3>`, drawTable(categoryTable(r, tr)));
  parts.push(`<h3>${w('debrief.export.objectives')}</h3>`);
  for (const x of s.rubric) {
    parts.push(
      x.unjudged === true
        ? `<p><span class="rating">–</span> <strong>${esc(x.label)}</strong> <span class="meta">${esc(x.capability)} · ${esc(evidenceTally(x, tr))}</span></p>`
        : `<p><span class="rating rating-${x.rating}" title="${esc(ratingWords(x.rating, tr))}">${x.rating}</span> <strong>${esc(x.label)}</strong> <span class="meta">${esc(x.capability)} · ${esc(ratingWords(x.rating, tr))} · ${esc(evidenceTally(x, tr))}</span></p>`,
    );
    parts.push(
      `<ul class="evidence">${x.evidence.map((e) => `<li>${e.unjudged === true ? '– ' : e.satisfied ? '✔ ' : '✘ '}${esc(e.label)}: ${esc(e.detail)}</li>`).join('')}</ul>`,
    );
    if (x.criticalTasks !== undefined && x.criticalTasks.length > 0)
      parts.push(
        `<p class="meta">${esc(words.criticalTasks)}</p><ul class="evidence">${x.criticalTasks.map((task) => `<li>${esc(task)}</li>`).join('')}</ul>`,
      );
  }
  parts.push(`<h2>${w('debrief.html.meters')}</h2>`, meterChartHtml(r, tr));
  parts.push(drawTable(meterTable(r, tr)));
  const limits = limitLines(r, tr);
  if (limits.length > 0) parts.push(`<ul class="limits">${limits.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`);
  parts.push(`<h2>${w('debrief.export.decisions')}</h2>`);
  for (const d of r.decisions) {
    parts.push(
      `<section class="decision ${esc(d.rating ?? '')}"><h3>${d.index}. ${esc(d.beatTitle)}</h3>`,
    );
    if (d.prompt) parts.push(`<p class="meta">${esc(d.prompt)}</p>`);
    const decided =
      d.seconds === null
        ? ''
        : ` · ${d.limit === null ? w('debrief.html.decidedIn', { seconds: d.seconds }) : w('debrief.html.decidedInOf', { seconds: d.seconds, limit: d.limit })}`;
    parts.push(
      `<p>${w('debrief.html.chose')} <strong>${esc(d.label)}</strong> <span class="rating rating-${esc(d.rating ?? '')}">${esc(choiceRatingWords(d.rating, tr))}</span> <span class="meta">${esc(d.categoryLabel)} · ${esc(d.timeLabel)}${decided}${d.expired ? ` · ${w('debrief.html.timeRanOut')}` : ''}</span></p>`,
    );
    if (d.meterChanges.length > 0)
      parts.push(
        `<p class="meta">${w('debrief.export.meterChanges', { changes: d.meterChanges.map((c) => `${c.label} ${c.from} → ${c.to} (${signed(c.to - c.from)}, ${c.causeLabel})`).join('; ') })}</p>`,
      );
    if (d.consequence) parts.push(`<p><em>${w('debrief.html.happened')}</em> ${esc(d.consequence)}</p>`);
    if (d.feedback) parts.push(`<p>${esc(d.feedback)}</p>`);
    if (d.references.length > 0)
      parts.push(`<p class="meta">${w('debrief.export.references', { list: d.references.join('; ') })}</p>`);
    if (d.alternatives.length > 0)
      parts.push(
        `<ul class="evidence">${d.alternatives.map((a) => `<li>${w('debrief.html.alternative')} <strong>${esc(a.label)}</strong> (${esc(choiceRatingWords(a.rating, tr))}): ${esc(a.feedback)}</li>`).join('')}</ul>`,
      );
    parts.push('</section>');
  }
  parts.push(`<h2>${w('debrief.export.claims')}</h2>`);
  parts.push(
    r.claims.length === 0
      ? `<p>${esc(noClaims(tr))}</p>`
      : drawTable(claimTable(r, tr)),
  );
  parts.push(`<h2>${w('debrief.export.deadlines')}</h2>`);
  parts.push(
    r.deadlines.length === 0
      ? `<p>${w('debrief.export.noDeadlines')}</p>`
      : drawTable(deadlineTable(r, tr)),
  );
  if (r.caseTimeline) parts.push(caseTimelineHtml(r.caseTimeline, tr));
  if (r.bestPath) {
    const bp = r.bestPath;
    const best = bp.kind === 'best';
    const what = tr.t(best ? 'debrief.html.bestWhat' : 'debrief.html.recommendedWhat');
    parts.push(`<h2>${w(best ? 'debrief.export.bestPath' : 'debrief.export.recommendedPath')}</h2>`);
    const scores = bp.score === null ? '' : `${w('debrief.html.scores', { score: bp.score })} `;
    const followed = bp.divergedAt === null ? w('debrief.html.followed', { what }) : w('debrief.html.left', { what, step: bp.divergedAt + 1 });
    parts.push(`<p>${scores}${followed}</p>`);
    const rows = bp.steps.map(
      (b, i) =>
        `<tr${i === bp.divergedAt ? ' class="diverged"' : ''}><td class="num">${i + 1}</td><td>${esc(b.beatTitle)}</td><td>${esc(b.label)}</td><td>${esc(teamCell(b, tr))}</td></tr>`,
    );
    parts.push(
      `<table><thead><tr><th class="num">#</th><th>${w('debrief.export.beat')}</th><th>${w(best ? 'debrief.export.bestChoice' : 'debrief.export.recommendedChoice')}</th><th>${w('debrief.export.teamChose')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  parts.push(
    `<h2>${w('debrief.export.strengths')}</h2>`,
    observations(r.strengths, tr),
    `<h2>${w('debrief.export.improvements')}</h2>`,
    observations(r.improvements, tr),
  );
  parts.push(`<h2>${w('debrief.export.plan')}</h2>`);
  parts.push(
    r.improvementPlan.length === 0
      ? `<p>${w('debrief.export.noActions')}</p>`
      : `<div class="plan">${drawTable(planTable(r, tr))}</div>`,
  );
  parts.push(`<h2>${w('debrief.export.questions')}</h2>`);
  parts.push(
    r.questions.length === 0
      ? `<p>${w('debrief.export.noQuestions')}</p>`
      : r.questions
          .map(
            (q) =>
              `<h3>${esc(q.title)}</h3><ul>${q.questions.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`,
          )
          .join(''),
  );
  parts.push(`<h2>${w('debrief.export.notes')}</h2>`);
  parts.push(
    r.notes.length === 0
      ? `<p>${w('debrief.export.noNotes')}</p>`
      : `<ul>${r.notes.map((n) => `<li><span class="meta">${esc(n.timeLabel)}, ${esc(n.beatTitle)}:</span> ${esc(n.text)}</li>`).join('')}</ul>`,
  );
  if (r.events.length > 0)
    parts.push(
      `<h2>${w('debrief.export.events')}</h2>`,
      `<ul>${r.events.map((e) => `<li><span class="meta">${esc(e.timeLabel)}:</span> ${esc(e.detail)}</li>`).join('')}</ul>`,
    );
  if (r.authorNotes) parts.push(authorNotesHtml(r.authorNotes, tr));
  parts.push(
    `<footer>${w('debrief.html.footer', { format: r.version, id: o.scenarioId, version: o.version, hash: o.hash, seed: String(o.seed) })}</footer>`,
  );
  return `<!doctype html>
<html lang="${esc(tr.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${w('debrief.export.title', { title: o.team ? `${o.title}, ${o.team}` : o.title })}</title>
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
function caseTimelineHtml(c: CaseTimelineReport, tr: Translator): string {
  const rows = c.entries.map(
    (e) =>
      `<tr><td>${esc(e.date)}</td><td>${esc(e.text)}</td><td>${esc(e.source ?? '')}</td></tr>`,
  );
  const head = [tr.t('debrief.export.caseDate'), tr.t('debrief.export.caseWhat'), tr.t('debrief.export.caseSource')].map((x) => `<th>${esc(x)}</th>`).join('');
  return `<section class="case-timeline"><h2>${esc(c.title)}</h2><p class="meta">${esc(caseMaterialWords(tr).timelineNote)}</p><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The author's notes, as the report's appendix. */
function authorNotesHtml(n: AuthorNotesReport, tr: Translator): string {
  const words = caseMaterialWords(tr);
  const list = (items: readonly string[]): string =>
    items.length === 0 ? `<p>${esc(words.noneListed)}</p>` : `<ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul>`;
  return [
    `<h2>${esc(words.notesTitle)}</h2>`,
    `<h3>${esc(words.sources)}</h3>`,
    list(n.sources.map((s) => `${esc(s.fact)} <span class="meta">(${esc(s.source)})</span>`)),
    `<h3>${esc(words.invented)}</h3>`,
    list(n.invented.map(esc)),
    `<h3>${esc(words.compressed)}</h3>`,
    list(n.compressed.map(esc)),
  ].join('');
}
