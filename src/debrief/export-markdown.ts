/** The report as Markdown: headings an instructor can paste into a wiki or a Word file. */
import { NO_CLAIMS } from './claim-words';
import { evidenceTally, overallText, PARTIAL_SCORE_NOTE } from './partial-words';
import type { DebriefReport } from './types';
import { AUTHOR_NOTES_WORDS, CASE_TIMELINE_NOTE, CRITICAL_TASKS } from './case-material';
import {
  categoryTable,
  claimTable,
  deadlineTable,
  meterTable,
  planTable,
  type ReportTable,
} from './report-tables';
import { overviewRows, signed, teamCell } from './words';
import { limitLines } from './limits';

/** Escapes text so Markdown shows it as written (no emphasis, links, HTML or headings). */
export function mdText(s: string): string {
  return (
    s
      .replace(/\r?\n/g, ' ')
      .replace(/([\\`*[\]<>|~])/g, '\\$1')
      // Underscores inside words are literal in CommonMark; only those at a word's edge can emphasise.
      .replace(/(^|\W)_|_(?=\W|$)/g, (m) => m.replace('_', '\\_'))
      .replace(/^(\s*)(#|[-+])(\s|$)/, '$1\\$2$3')
      .replace(/^(\s*\d+)\.(\s|$)/, '$1\\.$2')
  );
}

const cell = (s: string | number | null): string => (s === null ? '' : mdText(String(s)));

function table(
  head: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function drawTable(t: ReportTable): string[] {
  return table(t.head, t.rows);
}

export function toMarkdown(r: DebriefReport): string {
  const o = r.overview;
  const out: string[] = [`# After-action report: ${mdText(o.title)}`, ''];
  for (const w of r.warnings) out.push(`> **Warning:** ${mdText(w)}`, '');
  out.push('## Exercise overview', '');
  out.push(...table(['Item', 'Detail'], overviewRows(o)), '');
  if (o.objectives.length > 0)
    out.push('**Objectives**', '', ...o.objectives.map((x) => `- ${mdText(x)}`), '');
  if (o.caseNote) out.push(`**Case note.** ${mdText(o.caseNote)}`, '');
  out.push('## Executive summary', '', ...r.executiveSummary.flatMap((p) => [mdText(p), '']));
  out.push('## Ending', '');
  out.push(
    r.ending ? `**${mdText(r.ending.title)}** (${r.ending.tone})` : 'No ending was reached.',
    '',
  );
  if (r.ending?.epilogue) out.push(mdText(r.ending.epilogue), '');
  const s = r.score;
  out.push('## Score', '', `**Overall: ${overallText(s)}**`, '');
  if (s.partial === true) out.push(`*${PARTIAL_SCORE_NOTE}*`, '');
  out.push(
    ...table(
      ['Part', 'Weight', 'Points'],
      [
        ['Decisions', '50%', Math.round(s.decisions)],
        ['Objectives', '30%', Math.round(s.objectives)],
        ['Ending', '20%', s.partial === true ? 'not counted' : s.ending],
      ],
    ),
    '',
  );
  out.push('### By category', '', ...drawTable(categoryTable(r)), '');
  out.push('### Objectives', '');
  for (const x of s.rubric) {
    out.push(
      `- **${x.unjudged === true ? 'not judged' : x.rating}**: ${mdText(x.label)} (${mdText(x.capability)}), ${evidenceTally(x)}`,
    );
    for (const e of x.evidence)
      out.push(`  - ${e.unjudged === true ? 'not judged' : e.satisfied ? 'yes' : 'no'}: ${mdText(e.label)}. ${mdText(e.detail)}`);
    if (x.criticalTasks !== undefined && x.criticalTasks.length > 0)
      out.push(`  - ${CRITICAL_TASKS}:`, ...x.criticalTasks.map((task) => `    - ${mdText(task)}`));
  }
  out.push('', '## Meters', '');
  out.push(...drawTable(meterTable(r)), '');
  const limits = limitLines(r);
  if (limits.length > 0) out.push(...limits.map((line) => `- ${mdText(line)}`), '');
  out.push('## Decisions', '');
  for (const d of r.decisions) {
    out.push(`### ${d.index}. ${mdText(d.beatTitle)}`, '');
    if (d.prompt) out.push(`*${mdText(d.prompt)}*`, '');
    out.push(
      `- Chose: **${mdText(d.label)}** (${d.rating ?? 'unrated'}, ${mdText(d.categoryLabel)})${d.expired ? ', taken by default when time ran out' : ''}`,
    );
    out.push(
      `- When: ${mdText(d.timeLabel)}${d.seconds === null ? '' : `; decided in ${d.seconds} s${d.limit === null ? '' : ` of ${d.limit} s`}`}`,
    );
    if (d.meterChanges.length > 0)
      out.push(
        `- Meters: ${d.meterChanges.map((c) => `${mdText(c.label)} ${c.from} → ${c.to} (${signed(c.to - c.from)}, ${mdText(c.causeLabel)})`).join('; ')}`,
      );
    if (d.consequence) out.push(`- What happened: ${mdText(d.consequence)}`);
    if (d.feedback) out.push(`- Feedback: ${mdText(d.feedback)}`);
    if (d.references.length > 0) out.push(`- References: ${d.references.map(mdText).join('; ')}`);
    for (const a of d.alternatives)
      out.push(`- Alternative: ${mdText(a.label)} (${a.rating}): ${mdText(a.feedback)}`);
    out.push('');
  }
  out.push('## Claims and facts', '');
  if (r.claims.length === 0) out.push(NO_CLAIMS, '');
  else out.push(...drawTable(claimTable(r)), '');
  out.push('## Deadlines', '');
  if (r.deadlines.length === 0) out.push('The scenario has no deadlines.', '');
  else out.push(...drawTable(deadlineTable(r)), '');
  if (r.caseTimeline) {
    const c = r.caseTimeline;
    out.push(`## ${mdText(c.title)}`, '', `*${mdText(CASE_TIMELINE_NOTE)}*`, '');
    out.push(
      ...table(
        ['Date', 'What happened', 'Source'],
        c.entries.map((e) => [e.date, e.text, e.source ?? '']),
      ),
      '',
    );
  }
  if (r.bestPath) {
    out.push(r.bestPath.kind === 'best' ? '## Best path' : '## Recommended path', '');
    if (r.bestPath.score !== null)
      out.push(
        `${r.bestPath.kind === 'best' ? 'The highest-scoring playthrough' : 'Taking the recommended choice at every decision'} scores ${r.bestPath.score}.`,
        '',
      );
    out.push(
      ...table(
        [
          '#',
          'Beat',
          r.bestPath.kind === 'best' ? 'Best choice' : 'Recommended choice',
          'Team chose',
        ],
        r.bestPath.steps.map((b, i) => [
          `${i + 1}${i === r.bestPath?.divergedAt ? ' (diverged)' : ''}`,
          b.beatTitle,
          b.label,
          teamCell(b),
        ]),
      ),
      '',
    );
  }
  out.push(
    '## Strengths',
    '',
    ...observations(r.strengths),
    '## Areas for improvement',
    '',
    ...observations(r.improvements),
  );
  out.push('## Improvement plan', '');
  if (r.improvementPlan.length === 0) out.push('No corrective actions drafted.', '');
  else out.push(...drawTable(planTable(r)), '');
  out.push('## Discussion questions', '');
  for (const q of r.questions)
    out.push(`### ${mdText(q.title)}`, '', ...q.questions.map((x) => `- ${mdText(x)}`), '');
  if (r.questions.length === 0) out.push('None for the beats played.', '');
  out.push('## Observer notes', '');
  if (r.notes.length === 0) out.push('No notes were taken.', '');
  else
    out.push(
      ...r.notes.map((n) => `- ${mdText(n.timeLabel)}, ${mdText(n.beatTitle)}: ${mdText(n.text)}`),
      '',
    );
  if (r.events.length > 0)
    out.push(
      '## Facilitator events',
      '',
      ...r.events.map((e) => `- ${mdText(e.timeLabel)}: ${mdText(e.detail)}`),
      '',
    );
  if (r.authorNotes) {
    const n = r.authorNotes;
    const list = (items: readonly string[]) =>
      items.length === 0 ? ['None listed.', ''] : [...items.map((x) => `- ${x}`), ''];
    out.push(`## ${AUTHOR_NOTES_WORDS.title}`, '');
    out.push(`### ${AUTHOR_NOTES_WORDS.sources}`, '');
    out.push(...list(n.sources.map((s) => `${mdText(s.fact)} (${mdText(s.source)})`)));
    out.push(`### ${AUTHOR_NOTES_WORDS.invented}`, '', ...list(n.invented.map(mdText)));
    out.push(`### ${AUTHOR_NOTES_WORDS.compressed}`, '', ...list(n.compressed.map(mdText)));
  }
  return out.join('\n');
}

function observations(list: DebriefReport['strengths']): string[] {
  if (list.length === 0) return ['None drafted.', ''];
  return list
    .flatMap((x) => [
      `- **${mdText(x.title)}**${x.capability ? ` (${mdText(x.capability)})` : ''}. ${mdText(x.analysis)}`,
    ])
    .concat('');
}
